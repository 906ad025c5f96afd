"""A multipage app with st.navigation: sections, icons, addresses, a default page,
pages from files and from functions, st.switch_page, st.page_link, and Session State
shared by every page. Build it with `python build.py examples/multipage/app.py`."""

import streamlit as st

st.session_state.setdefault("visits", 0)
st.session_state.visits += 1


def about() -> None:
    st.title("About")
    st.write("Pages can be functions too. This one has no file.")
    st.page_link(home, label="Back home", icon="🏠")


home = st.Page("home.py", title="Home", icon="🏠", default=True)
reports = st.Page("reports.py", title="Reports", icon="📊", url_path="reports")
settings = st.Page("settings.py", title="Settings", icon="⚙️")

page = st.navigation(
    {
        "": [home],
        "Work": [reports, settings],
        "Help": [st.Page(about, title="About", icon="ℹ️")],
    }
)
st.sidebar.caption(f"Runs this session: {st.session_state.visits}")
page.run()
