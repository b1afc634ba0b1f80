package jp.sapporo.vaccinepass.merchant.store;

import java.util.List;

import jp.sapporo.vaccinepass.db.store.MerchantStores;
import jp.sapporo.vaccinepass.web.PlatformUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The store pages with the real security configuration: a merchant reaches only their own
 * stores and posters (others answer 404), and an invalid form saves nothing and says why.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
class StorePagesTests {

	@Autowired
	WebApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MerchantStores stores;

	MockMvc mvc;

	PlatformUser merchant1;

	PlatformUser merchant2;

	@BeforeEach
	void setUp() {
		this.mvc = MockMvcBuilders.webAppContextSetup(this.context).apply(springSecurity()).build();
		this.merchant1 = merchant("merchant1@example.jp");
		this.merchant2 = merchant("merchant2@example.jp");
	}

	@Test
	void anotherMerchantsStorePosterAndQrAnswerNotFound() throws Exception {
		long store = approvedStoreOf(this.merchant1);
		long poster = this.jdbc.sql("select id from poster where store_id = :id and status = 'ACTIVE'")
			.param("id", store)
			.query(Long.class)
			.single();
		this.mvc.perform(get("/stores/" + store).with(user(this.merchant1))).andExpect(status().isOk());
		this.mvc.perform(get("/stores/" + store + "/poster.pdf").with(user(this.merchant1)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf"));
		for (String path : List.of("/stores/" + store, "/stores/" + store + "/edit", "/stores/" + store + "/poster.pdf",
				"/stores/" + store + "/qr.png", "/stores/" + store + "/qr.svg", "/posters/" + poster + ".pdf")) {
			this.mvc.perform(get(path).with(user(this.merchant2))).andExpect(status().isNotFound());
		}
		this.mvc.perform(post("/stores/" + store + "/withdraw").with(user(this.merchant2)).with(csrf()))
			.andExpect(status().isNotFound());
		assertThat(this.jdbc.sql("select status from store where id = :id")
			.param("id", store)
			.query(String.class)
			.single()).isEqualTo("APPROVED");
	}

	@Test
	void aStoreWithoutAWorkingPosterHasNoPosterToDownload() throws Exception {
		long draft = this.jdbc
			.sql("select s.id from store s where s.merchant_id = :m and s.status = 'DRAFT' order by s.id limit 1")
			.param("m", this.merchant1.accountId())
			.query(Long.class)
			.single();
		this.mvc.perform(get("/stores/" + draft + "/poster.pdf").with(user(this.merchant1)))
			.andExpect(status().isNotFound());
	}

	@Test
	void theQrDownloadsAreAPngAndAnSvg() throws Exception {
		long store = approvedStoreOf(this.merchant1);
		this.mvc.perform(get("/stores/" + store + "/qr.png").with(user(this.merchant1)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "image/png"));
		this.mvc.perform(get("/stores/" + store + "/qr.svg").with(user(this.merchant1)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<svg")));
	}

	@Test
	void anInvalidStoreFormSavesNothingAndShowsEachProblemNextToItsFieldAndInASummary() throws Exception {
		long before = storeCount();
		this.mvc
			.perform(post("/stores").with(user(this.merchant1))
				.with(csrf())
				.param("nameJa", "  ")
				.param("municipalityCode", "999999")
				.param("categoryCode", "RESTAURANT")
				.param("address", "札幌市")
				.param("perkJa", "x")
				.param("contactPhone", "abc")
				.param("contactEmail", "not-an-address"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"error-summary\"")))
			.andExpect(content().string(containsString("id=\"nameJa-error\"")))
			.andExpect(content().string(containsString("id=\"municipalityCode-error\"")))
			.andExpect(content().string(containsString("id=\"contactPhone-error\"")))
			.andExpect(content().string(containsString("id=\"contactEmail-error\"")))
			.andExpect(content().string(containsString("id=\"terms-error\"")))
			.andExpect(content().string(containsString("aria-invalid=\"true\"")))
			.andExpect(content().string(containsString("利用規約への同意が必要です。")));
		assertThat(storeCount()).isEqualTo(before);
	}

	@Test
	void theFormOffersTheTwelveMunicipalities() throws Exception {
		String page = this.mvc.perform(get("/stores/new").with(user(this.merchant1)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page.split("<option value=\"0")).hasSize(13);
		assertThat(page).contains("札幌市", "長沼町", "飲食店");
	}

	@Test
	void theDashboardShowsEachStoresNextStepAndNoOtherMerchantsStores() throws Exception {
		this.mvc.perform(get("/").with(user(this.merchant1)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("ラーメン北斗 石狩店")))
			.andExpect(content().string(containsString("市が審査しています")))
			.andExpect(content().string(containsString("id=\"scans\"")))
			.andExpect(content().string(not(containsString("喫茶 ポプラ"))));
	}

	private long approvedStoreOf(PlatformUser merchant) {
		return this.jdbc.sql("select id from store where merchant_id = :m and status = 'APPROVED' order by id limit 1")
			.param("m", merchant.accountId())
			.query(Long.class)
			.single();
	}

	private long storeCount() {
		return this.jdbc.sql("select count(*) from store").query(Long.class).single();
	}

	private PlatformUser merchant(String email) {
		long id = this.jdbc.sql("select id from merchant_account where email = :email")
			.param("email", email)
			.query(Long.class)
			.single();
		return new PlatformUser(id, email, "x", true, true, email, null,
				List.of(new SimpleGrantedAuthority("ROLE_MERCHANT")));
	}

}
