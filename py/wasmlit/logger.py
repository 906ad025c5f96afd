"""``streamlit.logger``: ``get_logger`` for libraries that log the way Streamlit does.

Python's ``logging`` writes to the worker's console in the browser (stderr under AppTest).
"""

import logging


def get_logger(name: str) -> logging.Logger:
    """The standard library logger of that name."""
    return logging.getLogger(name)


def set_log_level(level: str | int) -> None:
    """Set the level of the ``streamlit`` loggers (``"info"``, ``"debug"``, a number, ...)."""
    logging.getLogger("streamlit").setLevel(level.upper() if isinstance(level, str) else level)
