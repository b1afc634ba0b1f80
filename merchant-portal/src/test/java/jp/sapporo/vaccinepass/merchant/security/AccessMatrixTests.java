package jp.sapporo.vaccinepass.merchant.security;

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
 * Every endpoint of the merchant portal × anonymous and a merchant (residents, agents and
 * staff cannot log in here). Path variables are merchant1's own approved store and its
 * poster; the state-changing rows act on a draft store this test creates.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
class AccessMatrixTests extends AccessMatrixContract {

	@Override
	protected String app() {
		return "merchant-portal";
	}

	@Override
	protected List<Role> roles() {
		return List.of(Role.MERCHANT);
	}

	@Override
	protected List<Row> rows() {
		MerchantFixtures fixtures = new MerchantFixtures(this.jdbc, this.port);
		long store = fixtures.approvedStore("merchant1@example.jp");
		long poster = fixtures.activePoster(store);
		long draft = fixtures.newDraftStore("merchant1@example.jp");
		return List.of(
		// @formatter:off
		//  endpoint                              path                                  anonymous  merchant
		row("GET /",                              "/",                                   LOGIN,     OK),
		row("GET /directory",                     "/directory",                          OK,        OK),
		row("GET /directory/{id}",                "/directory/" + store,                 OK,        OK),
		row("GET /directory.json",                "/directory.json",                     OK,        OK),
		row("GET /directory.csv",                 "/directory.csv",                      OK,        OK),
		row("GET /signup",                        "/signup",                             OK,        OK),
		row("POST /signup",                       "/signup",                             OK,        OK),
		row("GET /signup/sent",                   "/signup/sent",                        OK,        OK),
		row("GET /verify",                        "/verify?token=unknown",               OK,        OK),
		row("GET /password/forgot",               "/password/forgot",                    OK,        OK),
		row("POST /password/forgot",              "/password/forgot",                    OK,        OK),
		row("GET /password/sent",                 "/password/sent",                      OK,        OK),
		row("GET /password/reset",                "/password/reset?token=unknown",       OK,        OK),
		row("POST /password/reset",               "/password/reset",                     OK,        OK),
		row("GET /terms",                         "/terms",                              OK,        OK),
		row("GET /profile",                       "/profile",                            LOGIN,     OK),
		row("POST /profile",                      "/profile",                            LOGIN,     OK),
		row("GET /stores/new",                    "/stores/new",                         LOGIN,     OK),
		row("POST /stores",                       "/stores",                             LOGIN,     OK),
		row("GET /stores/{id}",                   "/stores/" + store,                    LOGIN,     OK),
		row("GET /stores/{id}/edit",              "/stores/" + draft + "/edit",          LOGIN,     OK),
		row("POST /stores/{id}",                  "/stores/" + store,                    LOGIN,     OK),
		row("POST /stores/{id}/submit",           "/stores/" + draft + "/submit",        LOGIN,     REDIRECT),
		row("POST /stores/{id}/withdraw",         "/stores/" + draft + "/withdraw",      LOGIN,     REDIRECT),
		row("GET /stores/{id}/poster.pdf",        "/stores/" + store + "/poster.pdf",    LOGIN,     OK),
		row("GET /stores/{id}/qr.png",            "/stores/" + store + "/qr.png",        LOGIN,     OK),
		row("GET /stores/{id}/qr.svg",            "/stores/" + store + "/qr.svg",        LOGIN,     OK),
		row("GET /posters/{posterId}.pdf",        "/posters/" + poster + ".pdf",         LOGIN,     OK),
		row("GET /demo/mailbox",                  "/demo/mailbox",                       OK,        OK),
		row("GET /login",                         "/login",                              OK,        OK),
		row("ALL /error",                         "/error",                              ERROR_PAGE, ERROR_PAGE),
		row("GET /css/**",                        "/css/app.css",                        OK,        OK).staticResource(),
		row("GET /js/**",                         "/js/forms.js",                        OK,        OK).staticResource(),
		row("GET /actuator",                      "/actuator",                           LOGIN,     OK),
		row("GET /actuator/health",               "/actuator/health",                    OK,        OK),
		row("GET /actuator/health/**",            "/actuator/health/liveness",           OK,        OK));
		// @formatter:on
	}

}
