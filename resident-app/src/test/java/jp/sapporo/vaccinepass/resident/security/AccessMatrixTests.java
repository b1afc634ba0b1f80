package jp.sapporo.vaccinepass.resident.security;

import java.util.List;

import jp.sapporo.vaccinepass.test.AccessMatrixContract;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.test.context.ActiveProfiles;

import static jp.sapporo.vaccinepass.test.AccessMatrixContract.Answer.ERROR_PAGE;
import static jp.sapporo.vaccinepass.test.AccessMatrixContract.Answer.LOGIN;
import static jp.sapporo.vaccinepass.test.AccessMatrixContract.Answer.NOT_FOUND;
import static jp.sapporo.vaccinepass.test.AccessMatrixContract.Answer.OK;
import static jp.sapporo.vaccinepass.test.AccessMatrixContract.Answer.REDIRECT;

/**
 * Every endpoint of the resident app × anonymous and a resident (merchants, agents and
 * staff cannot log in here). Path variables are resident@example.jp's own documents,
 * notice and a proof from a scan in the matrix's own session (a proof opens only in the
 * session that scanned).
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
class AccessMatrixTests extends AccessMatrixContract {

	@Override
	protected String app() {
		return "resident-app";
	}

	@Override
	protected List<Role> roles() {
		return List.of(Role.RESIDENT);
	}

	@Override
	protected List<Row> rows() {
		ResidentFixtures fixtures = new ResidentFixtures(this.jdbc);
		String resident = Role.RESIDENT.username();
		long certificate = fixtures.documents(resident, "VACCINATION_CERTIFICATE").get(0);
		long notice = fixtures.newNotice(resident);
		String proof = ResidentFixtures.scan(visitor(Role.RESIDENT), ResidentFixtures.POSTER);
		return List.of(
		// @formatter:off
		//  endpoint                         path                                   anonymous   resident
		row("GET /",                         "/",                                    LOGIN,      OK),
		row("GET /signup",                   "/signup",                              OK,         OK),
		row("POST /signup",                  "/signup",                              OK,         OK),
		row("GET /verify-email",             "/verify-email?token=unknown",          OK,         OK),
		row("GET /password-reset",           "/password-reset",                      OK,         OK),
		row("POST /password-reset",          "/password-reset",                      OK,         OK),
		row("GET /password-reset/new",       "/password-reset/new?token=unknown",    OK,         OK),
		row("POST /password-reset/new",      "/password-reset/new",                  OK,         OK),
		row("GET /terms",                    "/terms",                               OK,         OK),
		row("GET /privacy",                  "/privacy",                             OK,         OK),
		row("GET /record",                   "/record",                              LOGIN,      OK),
		row("POST /record",                  "/record",                              LOGIN,      OK),
		row("GET /account",                  "/account",                             LOGIN,      OK),
		row("GET /account/export",           "/account/export",                      LOGIN,      OK),
		row("POST /account/delete",          "/account/delete",                      LOGIN,      OK),
		row("GET /history",                  "/history",                             LOGIN,      OK),
		row("GET /inbox",                    "/inbox",                               LOGIN,      OK),
		row("POST /inbox/{id}/read",         "/inbox/" + notice + "/read",           LOGIN,      REDIRECT),
		row("GET /photo/edit",               "/photo/edit",                          LOGIN,      OK),
		row("POST /photo/edit",              "/photo/edit",                          LOGIN,      OK),
		row("GET /photo",                    "/photo",                               LOGIN,      OK),
		row("GET /documents/{id}",           "/documents/" + certificate,            LOGIN,      OK),
		row("GET /p/{token}",                "/p/" + proof,                          LOGIN,      OK),
		row("GET /p/{token}/code.svg",       "/p/" + proof + "/code.svg",            LOGIN,      OK),
		row("GET /p/{token}/status",         "/p/" + proof + "/status",              LOGIN,      OK),
		// the one GET that writes, by specification: a poster's QR code opens it, and the
		// scan is logged and an eligible resident gets a one-time proof
		row("GET /s/{token}",                "/s/" + ResidentFixtures.POSTER,        LOGIN,      OK).writesOnGet(),
		row("GET /demo/mailbox",             "/demo/mailbox",                        OK,         OK),
		row("GET /login",                    "/login",                               OK,         OK),
		row("ALL /error",                    "/error",                               ERROR_PAGE, ERROR_PAGE),
		row("GET /css/**",                   "/css/app.css",                         OK,         OK).staticResource(),
		row("GET /js/**",                    "/js/proof.js",                         OK,         OK).staticResource(),
		row("GET /actuator",                 "/actuator",                            LOGIN,      OK),
		row("GET /actuator/health",          "/actuator/health",                     OK,         OK),
		row("GET /actuator/health/**",       "/actuator/health/liveness",            OK,         OK));
		// @formatter:on
	}

}
