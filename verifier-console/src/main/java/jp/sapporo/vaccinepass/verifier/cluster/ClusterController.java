package jp.sapporo.vaccinepass.verifier.cluster;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import jp.sapporo.vaccinepass.db.audit.AuditEntry;
import jp.sapporo.vaccinepass.db.audit.AuditLog;
import jp.sapporo.vaccinepass.db.resident.ResidentNotifications;
import jp.sapporo.vaccinepass.web.PlatformUser;
import jp.sapporo.vaccinepass.web.PlatformWebAutoConfiguration;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Open a case (case number, reason, store, window), see who scanned there then, notify
 * them. Every page that shows residents writes an audit row with the case number and
 * reason.
 */
@Controller
@RequestMapping("/staff/clusters")
class ClusterController {

	static final int STORE_MATCHES = 20;

	/**
	 * Stores as they are published (the revision residents see), with their municipality.
	 */
	private static final String PUBLISHED_STORES = """
			select s.id, r.name_ja, m.name_ja as municipality
			from store s join store_revision r on r.id = s.published_revision_id
			join municipality m on m.code = r.municipality_code
			""";

	private final JdbcClient jdbc;

	private final Clock clock;

	private final AuditLog audit;

	private final ResidentNotifications notifications;

	ClusterController(JdbcClient jdbc, Clock clock, AuditLog audit, ResidentNotifications notifications) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.audit = audit;
		this.notifications = notifications;
	}

	/**
	 * Published stores matching what staff typed (part of the name in Japanese or
	 * English, or the store number), at most {@link #STORE_MATCHES}: the area has tens of
	 * thousands of stores, far too many for one list.
	 */
	List<Map<String, Object>> storesMatching(String query) {
		String q = query.strip();
		String pattern = "%" + q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
		return this.jdbc.sql(PUBLISHED_STORES + """
				where r.name_ja ilike :pattern or r.name_en ilike :pattern or cast(s.id as text) = :q
				order by m.sort_order, r.name_ja limit :limit
				""").param("pattern", pattern).param("q", q).param("limit", STORE_MATCHES + 1).query().listOfRows();
	}

	private List<Map<String, Object>> publishedStore(Long id) {
		return this.jdbc.sql(PUBLISHED_STORES + "where s.id = :id").param("id", id).query().listOfRows();
	}

	@GetMapping
	String page(@RequestParam(name = "storeQuery", required = false) String storeQuery, Model model) {
		List<Map<String, Object>> stores = List.of();
		if (storeQuery != null && !storeQuery.isBlank()) {
			stores = storesMatching(storeQuery);
			model.addAttribute("moreStores", stores.size() > STORE_MATCHES);
			stores = stores.subList(0, Math.min(stores.size(), STORE_MATCHES));
		}
		model.addAttribute("storeQuery", storeQuery);
		model.addAttribute("storeMatches", STORE_MATCHES);
		model.addAttribute("stores", stores);
		return page(model);
	}

	private String page(Model model) {
		if (!model.containsAttribute("caseForm")) {
			CaseForm form = new CaseForm();
			LocalDateTime now = LocalDateTime.now(this.clock.withZone(PlatformWebAutoConfiguration.JAPAN))
				.withSecond(0)
				.withNano(0);
			form.setWindowStart(now.minusDays(1));
			form.setWindowEnd(now);
			model.addAttribute("caseForm", form);
		}
		model.addAttribute("cases", this.jdbc.sql("""
				select c.id, c.case_number, c.opened_at, r.name_ja as store, s.display_name as opened_by
				from cluster_case c join store st on st.id = c.store_id
				join store_revision r on r.id = coalesce(st.published_revision_id, st.current_revision_id)
				join staff_account s on s.id = c.opened_by order by c.opened_at desc limit 50
				""").query().listOfRows());
		return "staff/clusters";
	}

	@PostMapping
	@Transactional
	String open(@AuthenticationPrincipal PlatformUser user, @Validated @ModelAttribute("caseForm") CaseForm form,
			BindingResult binding, Model model) {
		if (form.getWindowStart() != null && form.getWindowEnd() != null
				&& !form.getWindowStart().isBefore(form.getWindowEnd())) {
			binding.rejectValue("windowEnd", "cluster.window.order");
		}
		List<Map<String, Object>> store = (form.getStoreId() != null) ? publishedStore(form.getStoreId()) : List.of();
		if (form.getStoreId() != null && store.isEmpty()) {
			binding.rejectValue("storeId", "cluster.store.unknown");
		}
		if (binding.hasErrors()) {
			// the store chosen stays chosen while the other fields are corrected
			model.addAttribute("stores", store);
			return page(model);
		}
		long id = this.jdbc.sql("""
				insert into cluster_case (case_number, reason, store_id, window_start, window_end, opened_by, opened_at)
				values (:number, :reason, :store, :start, :end, :staff, :now) returning id
				""")
			.param("number", form.getCaseNumber().strip())
			.param("reason", form.getReason().strip())
			.param("store", form.getStoreId())
			.param("start", japan(form.getWindowStart()))
			.param("end", japan(form.getWindowEnd()))
			.param("staff", user.accountId())
			.param("now", OffsetDateTime.now(this.clock))
			.query(Long.class)
			.single();
		this.audit.record(AuditEntry.staff(user.accountId(), user.getUsername(), "CLUSTER_CASE_OPENED")
			.on("STORE", form.getStoreId())
			.forCase(form.getCaseNumber().strip(), form.getReason().strip())
			.with(Map.of("clusterCaseId", id, "windowStart", form.getWindowStart().toString(), "windowEnd",
					form.getWindowEnd().toString())));
		return "redirect:/staff/clusters/" + id;
	}

	@GetMapping("/{id}")
	@Transactional
	String show(@AuthenticationPrincipal PlatformUser user, @PathVariable long id, Model model) {
		Map<String, Object> clusterCase = clusterCase(id);
		List<Map<String, Object>> residents = residents(clusterCase);
		// every view of personal data is recorded, with the case it was viewed for
		this.audit.record(AuditEntry.staff(user.accountId(), user.getUsername(), "CLUSTER_RESIDENTS_VIEWED")
			.on("CLUSTER_CASE", id)
			.forCase((String) clusterCase.get("case_number"), (String) clusterCase.get("reason"))
			.with(Map.of("residents", residents.size())));
		model.addAttribute("clusterCase", clusterCase);
		model.addAttribute("residents", residents);
		model.addAttribute("notice", ClusterNotice.notice());
		return "staff/cluster";
	}

	@PostMapping("/{id}/notify")
	@Transactional
	String notifyResidents(@AuthenticationPrincipal PlatformUser user, @PathVariable long id,
			RedirectAttributes redirect) {
		Map<String, Object> clusterCase = clusterCase(id);
		int sent = 0;
		for (Map<String, Object> resident : residents(clusterCase)) {
			if (Boolean.TRUE.equals(resident.get("notified"))) {
				continue;
			}
			if (this.notifications.notify((Long) resident.get("resident_id"), ClusterNotice.notice(), id).isPresent()) {
				sent++;
			}
		}
		this.audit.record(AuditEntry.staff(user.accountId(), user.getUsername(), "CLUSTER_RESIDENTS_NOTIFIED")
			.on("CLUSTER_CASE", id)
			.forCase((String) clusterCase.get("case_number"), (String) clusterCase.get("reason"))
			.with(Map.of("notified", sent)));
		redirect.addFlashAttribute("notified", sent);
		return "redirect:/staff/clusters/" + id;
	}

	private Map<String, Object> clusterCase(long id) {
		return this.jdbc.sql("""
				select c.id, c.case_number, c.reason, c.store_id, c.window_start, c.window_end, r.name_ja as store,
				       r.address
				from cluster_case c join store st on st.id = c.store_id
				join store_revision r on r.id = coalesce(st.published_revision_id, st.current_revision_id)
				where c.id = :id
				""")
			.param("id", id)
			.query()
			.listOfRows()
			.stream()
			.findFirst()
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private List<Map<String, Object>> residents(Map<String, Object> clusterCase) {
		return this.jdbc
			.sql("""
					select a.id as resident_id, a.full_name, a.email, a.preferred_locale,
					       min(l.scanned_at) as first_scan, max(l.scanned_at) as last_scan, count(*) as scans,
					       exists (select 1 from notification n where n.resident_id = a.id and n.cluster_case_id = :case) as notified
					from scan_log l join resident_account a on a.id = l.resident_id
					where l.store_id = :store and l.scanned_at >= :start and l.scanned_at < :end
					group by a.id order by min(l.scanned_at)
					""")
			.param("case", clusterCase.get("id"))
			.param("store", clusterCase.get("store_id"))
			.param("start", clusterCase.get("window_start"))
			.param("end", clusterCase.get("window_end"))
			.query()
			.listOfRows();
	}

	private static OffsetDateTime japan(LocalDateTime time) {
		return ZonedDateTime.of(time, PlatformWebAutoConfiguration.JAPAN).toOffsetDateTime();
	}

	/**
	 * What staff state before seeing anyone: the case and why, the store and the window.
	 */
	static class CaseForm {

		@NotBlank
		@Size(max = 40)
		@Pattern(regexp = "[A-Za-z0-9\\-/]+")
		private String caseNumber;

		@NotBlank
		@Size(max = 1000)
		private String reason;

		@NotNull
		private Long storeId;

		@NotNull
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
		private LocalDateTime windowStart;

		@NotNull
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
		private LocalDateTime windowEnd;

		public String getCaseNumber() {
			return this.caseNumber;
		}

		public void setCaseNumber(String caseNumber) {
			this.caseNumber = caseNumber;
		}

		public String getReason() {
			return this.reason;
		}

		public void setReason(String reason) {
			this.reason = reason;
		}

		public Long getStoreId() {
			return this.storeId;
		}

		public void setStoreId(Long storeId) {
			this.storeId = storeId;
		}

		public LocalDateTime getWindowStart() {
			return this.windowStart;
		}

		public void setWindowStart(LocalDateTime windowStart) {
			this.windowStart = windowStart;
		}

		public LocalDateTime getWindowEnd() {
			return this.windowEnd;
		}

		public void setWindowEnd(LocalDateTime windowEnd) {
			this.windowEnd = windowEnd;
		}

	}

}
