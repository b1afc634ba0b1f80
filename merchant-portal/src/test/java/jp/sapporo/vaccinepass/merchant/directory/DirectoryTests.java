package jp.sapporo.vaccinepass.merchant.directory;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The public directory without login: approved stores only, search, filters, paging, each
 * store's page, and open data in JSON and CSV without personal data.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
class DirectoryTests {

	@Autowired
	WebApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	MockMvc mvc;

	@BeforeEach
	void setUp() {
		this.mvc = MockMvcBuilders.webAppContextSetup(this.context).apply(springSecurity()).build();
	}

	@Test
	void anyoneSeesApprovedStoresButNotDraftsRejectedOrWithdrawnOnes() throws Exception {
		this.mvc.perform(get("/directory"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("すすきのラーメン横丁 北斗")))
			.andExpect(content().string(containsString("喫茶 ポプラ")))
			// published perk, not the change under review
			.andExpect(content().string(containsString("味付け玉子 1個サービス")))
			.andExpect(content().string(not(containsString("味付け玉子とのり増し"))))
			.andExpect(content().string(not(containsString("ラーメン北斗 石狩店"))))
			.andExpect(content().string(not(containsString("長沼 ジンギスカン亭"))));
	}

	@Test
	void searchByNameAndFilterByMunicipalityAndCategory() throws Exception {
		this.mvc.perform(get("/directory").param("q", "ポプラ"))
			.andExpect(content().string(containsString("喫茶 ポプラ")))
			.andExpect(content().string(not(containsString("ラーメン北斗 小樽運河店"))));
		this.mvc.perform(get("/directory").param("municipality", "012033"))
			.andExpect(content().string(containsString("ラーメン北斗 小樽運河店")))
			.andExpect(content().string(not(containsString("喫茶 ポプラ"))));
		this.mvc.perform(get("/directory").param("category", "CAFE"))
			.andExpect(content().string(containsString("喫茶 ポプラ")))
			.andExpect(content().string(not(containsString("ラーメン北斗 小樽運河店"))));
		// a wildcard typed by a reader is a character, not a pattern
		this.mvc.perform(get("/directory").param("q", "%")).andExpect(content().string(not(containsString("喫茶 ポプラ"))));
	}

	@Test
	void theListIsPagedTwentyAtATime() throws Exception {
		long approved = this.jdbc.sql("select count(*) from store where status = 'APPROVED'")
			.query(Long.class)
			.single();
		String first = this.mvc.perform(get("/directory")).andReturn().getResponse().getContentAsString();
		assertThat(first.split("class=\"card\"").length - 1).isEqualTo((int) Math.min(approved, 20));
		if (approved > 20) {
			assertThat(first).contains("id=\"page-next\"");
		}
		this.mvc.perform(get("/directory").param("page", "999")).andExpect(status().isOk());
	}

	@Test
	void aStorePageShowsThePerkAndAnUnpublishedStoreIsNotFound() throws Exception {
		long approved = storeId("喫茶 ポプラ");
		this.mvc.perform(get("/directory/" + approved).param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("100 yen off a cake set")));
		long draft = storeId("ラーメン北斗 石狩店");
		this.mvc.perform(get("/directory/" + draft)).andExpect(status().isNotFound());
	}

	@Test
	void openDataAsJsonHasTheStoresAndNoPersonalData() throws Exception {
		String json = this.mvc.perform(get("/directory.json"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.name == '喫茶 ポプラ')].perk").value("ケーキセット 100円引き"))
			.andExpect(jsonPath("$[0].approvedOn").exists())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(json).doesNotContain("@example.jp", "011-000", "address", "contact", "merchant");
	}

	@Test
	void openDataAsCsvHasTheSameStores() throws Exception {
		String csv = this.mvc.perform(get("/directory.csv"))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("text/csv"))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		String[] lines = csv.split("\r\n");
		assertThat(lines[0])
			.isEqualTo("\uFEFFstore_id,name,name_en,municipality_code,municipality,category,perk,perk_en,approved_on");
		long approved = this.jdbc.sql("select count(*) from store where status = 'APPROVED'")
			.query(Long.class)
			.single();
		assertThat(lines).hasSize((int) approved + 1);
		assertThat(csv).contains("\"喫茶 ポプラ\"").doesNotContain("@example.jp", "011-000");
	}

	private long storeId(String name) {
		return this.jdbc.sql("select store_id from store_revision where name_ja = :name order by id limit 1")
			.param("name", name)
			.query(Long.class)
			.single();
	}

}
