"""Which LAME quality setting (-q) to encode speech with: CPU time against coding noise, per band.

Masters the seed article (espeak, offline) exactly as ``build`` does, encodes the
same 44.1 kHz PCM at 96 kbps with each ``-q``, decodes it again (miniaudio) and
prints, per setting, the encoding CPU time and the signal-to-noise ratio of the
decoded audio overall and in frequency bands (noise = decoded minus source,
aligned on LAME's delay). A setting whose noise is no higher than another's in
any band cannot sound worse than it.

    .venv/bin/python -m bench.lame_quality [ARTICLE] [--qualities 2 3 5 7]
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

import numpy as np

from audio.assemble import assemble
from audio.encode import LAME_SCALE, MP3_SAMPLE_RATE
from audio.master import Mastering, limited_blocks, plan
from audio.timeline import to_pcm16
from audio_edition.pipeline import BuildRequest, speech_style, synthesise_parts
from text.reader import read_article
from text.speech import plan_speech
from tts.registry import EngineSettings, create_engine

if __package__:
    from bench.shared_folder import SEED
else:  # run as a file (python bench/lame_quality.py): bench/ is on the path, the checkout is not
    from shared_folder import SEED

BANDS = ((0, 300), (300, 1000), (1000, 3000), (3000, 6000), (6000, 10000), (10000, 16000))


def mastered_pcm(article: Path) -> bytes:
    engine = create_engine("espeak", EngineSettings())
    parts = plan_speech(read_article(str(article)), speech_style(engine))
    spoken, _ = synthesise_parts(engine, parts, BuildRequest(source=str(article), use_cache=False), None)
    mastering = Mastering()
    chain = plan(assemble(spoken), mastering)
    samples = np.concatenate(list(limited_blocks(chain.edition, chain.gain_db, mastering.limit_linear)))
    return to_pcm16(samples / np.float32(LAME_SCALE))


def encode(pcm: bytes, quality: int, bitrate: int) -> tuple[bytes, float]:
    import lameenc

    encoder = lameenc.Encoder()
    encoder.set_bit_rate(bitrate)
    encoder.set_in_sample_rate(MP3_SAMPLE_RATE)
    encoder.set_out_sample_rate(MP3_SAMPLE_RATE)
    encoder.set_channels(1)
    encoder.set_quality(quality)
    started = time.process_time()
    data = bytes(encoder.encode(pcm) + encoder.flush())
    return data, time.process_time() - started


def decoded(data: bytes) -> np.ndarray:
    import miniaudio

    result = miniaudio.decode(data, output_format=miniaudio.SampleFormat.FLOAT32, nchannels=1,
                              sample_rate=MP3_SAMPLE_RATE)
    return np.asarray(result.samples, dtype=np.float64)


def delay(source: np.ndarray, output: np.ndarray, search: int = 3000) -> int:
    """LAME's delay in samples: the lag that best lines up two seconds of speech."""
    start = MP3_SAMPLE_RATE * 10
    stretch = source[start:start + 2 * MP3_SAMPLE_RATE]
    errors = [np.sum((output[start + lag:start + lag + stretch.size] - stretch) ** 2) for lag in range(search)]
    return int(np.argmin(errors))


def snr_db(signal: np.ndarray, noise: np.ndarray) -> float:
    return float(10 * np.log10(np.sum(signal) / max(np.sum(noise), 1e-30)))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("article", nargs="?", type=Path, default=SEED)
    parser.add_argument("--qualities", type=int, nargs="+", default=[2, 3, 5, 7])
    parser.add_argument("--bitrate", type=int, default=96)
    args = parser.parse_args()
    pcm = mastered_pcm(args.article)
    source = np.frombuffer(pcm, dtype=np.int16) / 32768 * LAME_SCALE
    print(f"{args.article.name}: {source.size / MP3_SAMPLE_RATE:.0f} s mastered speech, {args.bitrate} kbps mono")
    print(f"{'-q':>3} {'CPU s':>6} {'SNR dB':>7}  " + "  ".join(f"{low}-{high} Hz".rjust(12) for low, high in BANDS))
    for quality in args.qualities:
        data, cpu = encode(pcm, quality, args.bitrate)
        output = decoded(data)
        lag = delay(source, output)
        length = min(source.size, output.size - lag)
        clean, noise = source[:length], output[lag:lag + length] - source[:length]
        clean_power, noise_power = np.abs(np.fft.rfft(clean)) ** 2, np.abs(np.fft.rfft(noise)) ** 2
        frequencies = np.fft.rfftfreq(length, 1 / MP3_SAMPLE_RATE)
        bands = [snr_db(clean_power[(frequencies >= low) & (frequencies < high)],
                        noise_power[(frequencies >= low) & (frequencies < high)]) for low, high in BANDS]
        print(f"{quality:>3} {cpu:6.2f} {snr_db(clean ** 2, noise ** 2):7.1f}  "
              + "  ".join(f"{band:12.1f}" for band in bands))


if __name__ == "__main__":
    main()
