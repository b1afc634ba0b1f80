package jp.sapporo.vaccinepass.web;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/**
 * Loads an account of one app's own table. The query takes {@code :username} and returns
 * {@code id, username, password_hash, enabled, locked_until, role, display_name} and
 * optionally {@code agency_id}.
 */
public class AccountDetailsService implements UserDetailsService {

	private final JdbcClient jdbc;

	private final String query;

	private final Clock clock;

	public AccountDetailsService(JdbcClient jdbc, String query, Clock clock) {
		this.jdbc = jdbc;
		this.query = query;
		this.clock = clock;
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		List<PlatformUser> users = this.jdbc.sql(this.query).param("username", username.strip()).query((rs, row) -> {
			OffsetDateTime lockedUntil = rs.getObject("locked_until", OffsetDateTime.class);
			boolean nonLocked = lockedUntil == null || lockedUntil.toInstant().isBefore(Instant.now(this.clock));
			Long agencyId = hasColumn(rs, "agency_id") ? (Long) rs.getObject("agency_id") : null;
			return new PlatformUser(rs.getLong("id"), rs.getString("username"), rs.getString("password_hash"),
					rs.getBoolean("enabled"), nonLocked, rs.getString("display_name"), agencyId,
					authorities(rs.getString("role")));
		}).list();
		if (users.size() != 1) {
			throw new UsernameNotFoundException("No such account");
		}
		return users.get(0);
	}

	private static List<GrantedAuthority> authorities(String role) {
		List<GrantedAuthority> authorities = new ArrayList<>();
		authorities.add(new SimpleGrantedAuthority("ROLE_" + role));
		if ("CITY_STAFF_LEAD".equals(role)) {
			// a lead is also city staff
			authorities.add(new SimpleGrantedAuthority("ROLE_CITY_STAFF"));
		}
		return authorities;
	}

	private static boolean hasColumn(java.sql.ResultSet rs, String column) throws java.sql.SQLException {
		var meta = rs.getMetaData();
		for (int i = 1; i <= meta.getColumnCount(); i++) {
			if (column.equalsIgnoreCase(meta.getColumnLabel(i))) {
				return true;
			}
		}
		return false;
	}

}
