"""The main window's pages: dashboard, meetings, action items, people, places, documents,
settings, and the first-run welcome."""
