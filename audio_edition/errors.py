"""One exception hierarchy for the whole project.

The CLI turns any :class:`AudioEditionError` into one line on stderr and a
non-zero exit status; anything else is a bug and keeps its traceback.
"""


class AudioEditionError(Exception):
    """Base class of every error the project raises on purpose."""

    exit_code = 1


class InputError(AudioEditionError):
    """The user's input (file, URL, option value) cannot be used."""

    exit_code = 2


class ModelError(AudioEditionError):
    """A fitted model shipped with the program (``text/*_model.json``) is missing or damaged: the installation
    is broken, and the splitter refuses to go on with worse results than the user expects."""


class EngineUnavailable(AudioEditionError):
    """A speech engine cannot run here (missing package, voice file, network)."""

    exit_code = 3


class SynthesisError(AudioEditionError):
    """An engine failed to turn a piece of text into audio."""

    exit_code = 4

    def __init__(self, message: str, *, part: str | None = None, cause: str | None = None):
        details = message
        if part:
            details = f"{details} (part: {part})"
        if cause:
            details = f"{details}; probable cause: {cause}"
        super().__init__(details)
        self.part = part
        self.cause = cause


class EncodeError(AudioEditionError):
    """Audio could not be encoded, tagged or written."""

    exit_code = 5


class ClusterError(AudioEditionError):
    """The Dask cluster asked for (``--cluster``) cannot be used: unreachable, no workers, other versions."""

    exit_code = 6
