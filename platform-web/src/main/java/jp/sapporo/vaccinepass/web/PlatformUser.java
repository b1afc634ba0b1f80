package jp.sapporo.vaccinepass.web;

import java.util.Collection;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.User;

/** A signed-in account of any app: the row id and the name to greet it by. */
public class PlatformUser extends User {

	private static final long serialVersionUID = 1L;

	private final long accountId;

	private final String displayName;

	private final Long agencyId;

	public PlatformUser(long accountId, String username, String passwordHash, boolean enabled, boolean nonLocked,
			String displayName, Long agencyId, Collection<? extends GrantedAuthority> authorities) {
		super(username, passwordHash, enabled, true, true, nonLocked, authorities);
		this.accountId = accountId;
		this.displayName = displayName;
		this.agencyId = agencyId;
	}

	public long accountId() {
		return this.accountId;
	}

	public String displayName() {
		return this.displayName;
	}

	/** The travel agency of an agent, or {@code null}. */
	public Long agencyId() {
		return this.agencyId;
	}

}
