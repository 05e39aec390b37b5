"""The page cache: whole pages for anonymous visitors and members, invalidated by topic. See README.md."""
