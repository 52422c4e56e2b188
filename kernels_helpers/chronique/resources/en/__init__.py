"""en language resources."""
