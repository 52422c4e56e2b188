"""fr language resources."""
