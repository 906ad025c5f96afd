# Standard-library modules this app imports only when a button is pressed: the build
# cannot see them run, so the page downloads them on first import.
import streamlit as st

if st.button("Compare"):
    import difflib

    st.write("Ratio:", round(difflib.SequenceMatcher(None, "kitten", "sitting").ratio(), 3))

if st.button("Mail"):
    from email.mime.text import MIMEText

    st.code(MIMEText("hello").as_string().splitlines()[0])

if st.button("Codec"):
    # encodings is in the page's zip (UTF-8 is used at boot), cp1252 is not.
    st.write(f"Bytes: {list('é€'.encode('cp1252'))}")

if st.button("Missing"):
    import not_a_module_anywhere  # noqa: F401

if st.button("Bad JSON"):
    import json

    # The traceback shows the lines of json's own files (a module the snapshot holds).
    json.loads("{")
