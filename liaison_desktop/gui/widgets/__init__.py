"""Small reusable input widgets: dates, times, people, closed vocabularies."""
