import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * A tiny SQL client for the drills (the embedded PostgreSQL ships no psql): runs each
 * statement and prints result rows tab separated.
 *
 * java -cp postgresql.jar drills/Sql.java jdbc:postgresql://127.0.0.1:19532/vaccinepass "select 1" ...
 */
public class Sql {

	public static void main(String[] args) throws Exception {
		try (Connection connection = DriverManager.getConnection(args[0], "postgres", "");
				Statement statement = connection.createStatement()) {
			for (int i = 1; i < args.length; i++) {
				if (statement.execute(args[i])) {
					try (ResultSet rows = statement.getResultSet()) {
						int columns = rows.getMetaData().getColumnCount();
						while (rows.next()) {
							List<String> values = new ArrayList<>();
							for (int c = 1; c <= columns; c++) {
								values.add(String.valueOf(rows.getString(c)));
							}
							System.out.println(String.join("\t", values));
						}
					}
				}
			}
		}
	}

}
