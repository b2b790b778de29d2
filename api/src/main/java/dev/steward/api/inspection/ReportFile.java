package dev.steward.api.inspection;

/** A report file to download: its name and bytes (a few hundred kilobytes at most: built whole, off the event loop). */
record ReportFile(String filename, byte[] body) {}
