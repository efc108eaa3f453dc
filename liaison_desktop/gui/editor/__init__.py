"""The meeting editor: one window for a whole meeting, one section per part of the minutes."""
