# Notes kept in a SQLite database in the home folder: they outlive the tab (the worker
# saves the home folder in the browser, web/worker/home_folder.js).
import sqlite3
from pathlib import Path

import streamlit as st

database = sqlite3.connect(Path.home() / "notes.db")
database.execute("CREATE TABLE IF NOT EXISTS notes (text TEXT)")
note = st.text_input("Note")
if st.button("Save note") and note:
    database.execute("INSERT INTO notes VALUES (?)", (note,))
    database.commit()
notes = [row[0] for row in database.execute("SELECT text FROM notes")]
st.write(f"Saved notes: {', '.join(notes) or 'none'}")
