"""The board's record: bodies, people, meetings and everything said and decided at them."""
