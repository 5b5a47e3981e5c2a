"""App-side helpers for the Streamlit pages: the cached database, filters in the URL, layout."""
