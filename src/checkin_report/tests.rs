//! Unit tests of the report reader and matcher on an in-memory plan.
