/**
 * A real PostgreSQL server started from Maven Central binaries when no database is
 * configured.
 */
package jp.sapporo.vaccinepass.db.embedded;
