"""The API resources the simulated clients offer: chat.completions."""
