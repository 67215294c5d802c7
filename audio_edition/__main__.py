import sys

from audio_edition.cli import main

sys.exit(main())
