"""How the command line shows durations and sizes (shared by every subcommand)."""


def format_duration(ms: int) -> str:
    """Minutes and seconds, e.g. '3:43'."""
    seconds = round(ms / 1000)
    return f"{seconds // 60}:{seconds % 60:02d}"


def format_size(size: int) -> str:
    return f"{size / 1024:.0f} KB" if size < 1024 * 1024 else f"{size / (1024 * 1024):.1f} MB"
