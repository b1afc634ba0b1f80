package jp.sapporo.vaccinepass.verifier.home;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Date;

import jp.sapporo.vaccinepass.web.PlatformWebAutoConfiguration;

import org.springframework.stereotype.Component;

/**
 * Times as staff and agents read them, in Japan time whatever the server's zone:
 * {@code ${@japanTime.minutes(instant)}} in templates. Takes an {@link Instant} or a JDBC
 * timestamp (rows read as maps).
 */
@Component("japanTime")
public class JapanTime {

	private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
		.withZone(PlatformWebAutoConfiguration.JAPAN);

	private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
		.withZone(PlatformWebAutoConfiguration.JAPAN);

	public String minutes(Object time) {
		return format(time, MINUTES);
	}

	public String seconds(Object time) {
		return format(time, SECONDS);
	}

	private static String format(Object time, DateTimeFormatter formatter) {
		if (time == null) {
			return "-";
		}
		Instant instant = (time instanceof Date date) ? date.toInstant() : (Instant) time;
		return formatter.format(instant);
	}

}
