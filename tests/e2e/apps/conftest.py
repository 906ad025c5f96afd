"""The apps here are scripts the browser tests build; pytest must not import them."""

collect_ignore_glob = ["*.py"]
