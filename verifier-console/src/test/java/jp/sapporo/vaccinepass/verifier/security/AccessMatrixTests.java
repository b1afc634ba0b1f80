package jp.sapporo.vaccinepass.verifier.security;

import java.util.List;

import jp.sapporo.vaccinepass.test.AccessMatrixContract;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.test.context.ActiveProfiles;

import static jp.sapporo.vaccinepass.test.AccessMatrixContract.Answer.ERROR_PAGE;
import static jp.sapporo.vaccinepass.test.AccessMatrixContract.Answer.FORBIDDEN;
import static jp.sapporo.vaccinepass.test.AccessMatrixContract.Answer.LOGIN;
import static jp.sapporo.vaccinepass.test.AccessMatrixContract.Answer.NOT_FOUND;
import static jp.sapporo.vaccinepass.test.AccessMatrixContract.Answer.OK;
import static jp.sapporo.vaccinepass.test.AccessMatrixContract.Answer.REDIRECT;
import static jp.sapporo.vaccinepass.test.AccessMatrixContract.Answer.UNAUTHORIZED;

/**
 * Every endpoint of the verifier console × anonymous, a travel agent, city staff and a
 * staff lead (residents and merchants cannot log in here). Path variables are the agent's
 * own saved check, a cluster case and an API key the staff member opens in
 * {@link #rows()}, and demo records and store revisions under review. A state-changing
 * row acts on something it may change (a stale record version, an approved revision, the
 * test's own key).
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
class AccessMatrixTests extends AccessMatrixContract {

	@Override
	protected String app() {
		return "verifier-console";
	}

	@Override
	protected List<Role> roles() {
		return List.of(Role.AGENT, Role.STAFF, Role.LEAD);
	}

	@Override
	protected List<Row> rows() {
		VerifierFixtures fixtures = new VerifierFixtures(this.jdbc);
		long check = VerifierFixtures.newCheck(visitor(Role.AGENT), VerifierFixtures.checkForm("MATRIX-1"));
		long clusterCase = fixtures.newCase(visitor(Role.STAFF), "MATRIX-1");
		long key = fixtures.newKey(visitor(Role.STAFF), "matrix key");
		long record = fixtures.id("select id from vaccination_record where status = 'PENDING_REVIEW' order by id");
		long submitted = fixtures.id("select id from store_revision where status = 'SUBMITTED' order by id");
		long approved = fixtures.id("select id from store_revision where status = 'APPROVED' order by id");
		long otherAgent = fixtures.account("agent@hokkaido-tours.example.jp");
		String records = "/staff/reviews/records/";
		String stores = "/staff/reviews/stores/";
		return List.of(
		// @formatter:off
		//  endpoint                                         path                                   anonymous   agent      staff      lead
		row("GET /",                                         "/",                                    LOGIN,      OK,        OK,        OK),
		row("GET /proof",                                    "/proof",                               LOGIN,      OK,        OK,        OK),
		row("POST /proof",                                   "/proof",                               LOGIN,      OK,        OK,        OK),
		row("GET /agent/checks",                             "/agent/checks",                        LOGIN,      OK,        FORBIDDEN, FORBIDDEN),
		row("GET /agent/checks/new",                         "/agent/checks/new",                    LOGIN,      OK,        FORBIDDEN, FORBIDDEN),
		row("POST /agent/checks/new",                        "/agent/checks/new",                    LOGIN,      OK,        FORBIDDEN, FORBIDDEN),
		row("GET /agent/checks/{id}",                        "/agent/checks/" + check,               LOGIN,      OK,        FORBIDDEN, FORBIDDEN),
		row("GET /agent/checks/{id}/amend",                  "/agent/checks/" + check + "/amend",    LOGIN,      OK,        FORBIDDEN, FORBIDDEN),
		row("GET /agent/checks/{id}/record.pdf",             "/agent/checks/" + check + "/record.pdf", LOGIN,    OK,        FORBIDDEN, FORBIDDEN),
		row("GET /staff/dashboard",                          "/staff/dashboard",                     LOGIN,      FORBIDDEN, OK,        OK),
		row("GET /staff/reviews/records",                    "/staff/reviews/records",                                LOGIN,      FORBIDDEN, OK,        OK),
		row("GET /staff/reviews/records/{id}",               records + record,                       LOGIN,      FORBIDDEN, OK,        OK),
		row("GET /staff/reviews/records/{id}/certificate",   records + record + "/certificate",      LOGIN,      FORBIDDEN, OK,        OK),
		row("GET /staff/reviews/records/{id}/face",          records + record + "/face",             LOGIN,      FORBIDDEN, OK,        OK),
		row("POST /staff/reviews/records/{id}/verify",       records + record + "/verify",           LOGIN,      FORBIDDEN, REDIRECT,  REDIRECT).form("version=-1"),
		row("POST /staff/reviews/records/{id}/reject",       records + record + "/reject",           LOGIN,      FORBIDDEN, REDIRECT,  REDIRECT).form("version=-1"),
		row("GET /staff/reviews/stores",                     "/staff/reviews/stores",                                 LOGIN,      FORBIDDEN, OK,        OK),
		row("GET /staff/reviews/stores/{revisionId}",        stores + submitted,                     LOGIN,      FORBIDDEN, OK,        OK),
		row("POST /staff/reviews/stores/{revisionId}/approve", stores + approved + "/approve",       LOGIN,      FORBIDDEN, REDIRECT,  REDIRECT),
		row("POST /staff/reviews/stores/{revisionId}/reject",  stores + submitted + "/reject",       LOGIN,      FORBIDDEN, REDIRECT,  REDIRECT),
		row("GET /staff/clusters",                           "/staff/clusters",                      LOGIN,      FORBIDDEN, OK,        OK),
		row("POST /staff/clusters",                          "/staff/clusters",                      LOGIN,      FORBIDDEN, OK,        OK),
		row("GET /staff/clusters/{id}",                      "/staff/clusters/" + clusterCase,       LOGIN,      FORBIDDEN, OK,        OK),
		row("POST /staff/clusters/{id}/notify",              "/staff/clusters/" + clusterCase + "/notify", LOGIN, FORBIDDEN, REDIRECT, REDIRECT),
		row("GET /staff/programmes",                         "/staff/programmes",                    LOGIN,      FORBIDDEN, OK,        OK),
		row("GET /staff/programmes/{id}",                    "/staff/programmes/sapporo-passcode-2021", LOGIN,   FORBIDDEN, OK,        OK),
		row("POST /staff/programmes/{id}",                   "/staff/programmes/sapporo-passcode-2021", LOGIN,   FORBIDDEN, OK,        OK),
		row("GET /staff/accounts",                           "/staff/accounts",                      LOGIN,      FORBIDDEN, OK,        OK),
		row("POST /staff/accounts/agencies",                 "/staff/accounts/agencies",             LOGIN,      FORBIDDEN, OK,        OK),
		row("POST /staff/accounts/users",                    "/staff/accounts/users",                LOGIN,      FORBIDDEN, OK,        OK),
		row("POST /staff/accounts/users/{id}/enabled",       "/staff/accounts/users/" + otherAgent + "/enabled", LOGIN, FORBIDDEN, REDIRECT, REDIRECT).form("enabled=true"),
		row("POST /staff/accounts/keys",                     "/staff/accounts/keys",                 LOGIN,      FORBIDDEN, OK,        OK),
		row("POST /staff/accounts/keys/{id}/revoke",         "/staff/accounts/keys/" + key + "/revoke", LOGIN,   FORBIDDEN, REDIRECT,  REDIRECT),
		row("GET /staff/audit",                              "/staff/audit",                         LOGIN,      FORBIDDEN, FORBIDDEN, OK),
		// the API takes its key, never a browser session, and has no CSRF token to check
		row("POST /api/v1/eligibility",                      "/api/v1/eligibility",                  UNAUTHORIZED, UNAUTHORIZED, UNAUTHORIZED, UNAUTHORIZED).withoutCsrf(UNAUTHORIZED),
		row("GET /api/v1/openapi.yaml",                      "/api/v1/openapi.yaml",                 OK,         OK,        OK,        OK),
		row("GET /demo/mailbox",                             "/demo/mailbox",                        OK,         OK,        OK,        OK),
		row("GET /login",                                    "/login",                               OK,         OK,        OK,        OK),
		row("ALL /error",                                    "/error",                               ERROR_PAGE, ERROR_PAGE, ERROR_PAGE, ERROR_PAGE),
		row("GET /css/**",                                   "/css/app.css",                         OK,         OK,        OK,        OK).staticResource(),
		row("GET /js/**",                                    "/js/proof-scan.js",                    OK,         OK,        OK,        OK).staticResource(),
		row("GET /actuator",                                 "/actuator",                            LOGIN,      OK,        OK,        OK),
		row("GET /actuator/health",                          "/actuator/health",                     OK,         OK,        OK,        OK),
		row("GET /actuator/health/**",                       "/actuator/health/liveness",            OK,         OK,        OK,        OK));
		// @formatter:on
	}

}
