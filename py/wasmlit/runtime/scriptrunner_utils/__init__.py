"""``streamlit.runtime.scriptrunner_utils``: the run context apps and component libraries read."""
