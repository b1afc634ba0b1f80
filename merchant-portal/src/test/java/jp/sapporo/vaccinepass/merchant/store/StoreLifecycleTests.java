package jp.sapporo.vaccinepass.merchant.store;

import java.util.List;

import jp.sapporo.vaccinepass.db.store.MerchantStore;
import jp.sapporo.vaccinepass.db.store.MerchantStores;
import jp.sapporo.vaccinepass.db.store.PosterRecord;
import jp.sapporo.vaccinepass.db.store.Posters;
import jp.sapporo.vaccinepass.db.store.ReviewItem;
import jp.sapporo.vaccinepass.db.store.StoreDetails;
import jp.sapporo.vaccinepass.db.store.StoreException;
import jp.sapporo.vaccinepass.db.store.StoreReview;
import jp.sapporo.vaccinepass.test.DemoAccounts;
import jp.sapporo.vaccinepass.web.mail.DemoMailbox;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The store lifecycle on a real PostgreSQL through the shared services: draft, submit,
 * approve (poster issued), change under review (old poster still works), approve (poster
 * replaced), reject with reason, withdraw; and merchants only reach their own stores.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
class StoreLifecycleTests {

	@Autowired
	MerchantStores stores;

	@Autowired
	StoreReview review;

	@Autowired
	Posters posters;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DemoMailbox mailbox;

	long merchant;

	long otherMerchant;

	long staff;

	@BeforeEach
	void accounts() {
		this.merchant = merchant("lifecycle-" + System.nanoTime() + "@example.jp");
		this.otherMerchant = merchant("other-" + System.nanoTime() + "@example.jp");
		this.staff = DemoAccounts.staffId(this.jdbc);
	}

	@Test
	void aNewStoreGoesFromDraftToApprovedAndGetsAPosterWithA256BitToken() {
		long id = this.stores.create(this.merchant, details("北の喫茶", "コーヒー 100円引き"));
		assertThat(this.stores.store(this.merchant, id).orElseThrow().status()).isEqualTo("DRAFT");
		this.stores.submit(this.merchant, id);
		MerchantStore submitted = this.stores.store(this.merchant, id).orElseThrow();
		assertThat(submitted.status()).isEqualTo("SUBMITTED");
		assertThat(submitted.nextStep()).isEqualTo(MerchantStore.NextStep.WAIT_FOR_REVIEW);
		ReviewItem item = this.review.pending(submitted.current().id()).orElseThrow();
		assertThat(item.newStore()).isTrue();
		assertThat(item.changedFields()).contains("nameJa", "perkJa");

		PosterRecord poster = this.review.approve(submitted.current().id(), this.staff);

		MerchantStore approved = this.stores.store(this.merchant, id).orElseThrow();
		assertThat(approved.status()).isEqualTo("APPROVED");
		assertThat(approved.published().id()).isEqualTo(submitted.current().id());
		assertThat(approved.activePoster().token()).isEqualTo(poster.token()).hasSize(43).matches("[A-Za-z0-9_-]{43}");
		assertThat(approved.activePoster().serial()).isEqualTo(String.format("P-%06d-01", id));
		assertThat(this.posters.byToken(poster.token()).orElseThrow().active()).isTrue();
		assertThat(this.review.history(id)).extracting((e) -> e.toStatus())
			.containsExactly("DRAFT", "SUBMITTED", "APPROVED");
		assertThat(notices(this.merchant)).contains("STORE_APPROVED");
	}

	@Test
	void aChangeOfThePerkKeepsTheOldPosterWorkingUntilApprovedThenReplacesIt() {
		long id = approvedStore("すすきの食堂", "餃子 半額");
		PosterRecord first = this.stores.store(this.merchant, id).orElseThrow().activePoster();

		this.stores.update(this.merchant, id, details("すすきの食堂", "餃子とビール 半額"));
		this.stores.submit(this.merchant, id);
		MerchantStore pending = this.stores.store(this.merchant, id).orElseThrow();
		assertThat(pending.status()).isEqualTo("APPROVED");
		assertThat(pending.changeUnderReview()).isTrue();
		assertThat(pending.published().details().perkJa()).isEqualTo("餃子 半額");
		assertThat(this.posters.byToken(first.token()).orElseThrow().active()).isTrue();
		ReviewItem item = this.review.pending(pending.current().id()).orElseThrow();
		assertThat(item.newStore()).isFalse();
		assertThat(item.changedFields()).containsExactly("perkJa");
		assertThat(item.replacesPoster()).isTrue();

		PosterRecord second = this.review.approve(pending.current().id(), this.staff);

		assertThat(second.token()).isNotEqualTo(first.token());
		assertThat(second.serial()).isEqualTo(String.format("P-%06d-02", id));
		PosterRecord old = this.posters.byToken(first.token()).orElseThrow();
		assertThat(old.status()).isEqualTo("REPLACED");
		assertThat(old.endedAt()).isNotNull();
		assertThat(this.posters.active(id).orElseThrow().token()).isEqualTo(second.token());
		assertThat(this.stores.revisions(this.merchant, id)).extracting((r) -> r.status())
			.containsExactly("SUPERSEDED", "APPROVED");
		assertThat(notices(this.merchant)).contains("STORE_CHANGE_APPROVED");
	}

	@Test
	void aChangeOfTheContactOnlyKeepsThePoster() {
		long id = approvedStore("江別書店", "しおり プレゼント");
		PosterRecord first = this.stores.store(this.merchant, id).orElseThrow().activePoster();
		StoreDetails before = this.stores.store(this.merchant, id).orElseThrow().current().details();
		this.stores.update(this.merchant, id,
				new StoreDetails(before.nameJa(), before.nameEn(), before.municipalityCode(), before.address(),
						before.categoryCode(), before.perkJa(), before.perkEn(), before.perkZh(),
						before.perkConditions(), "011-999-9999", before.contactEmail()));
		this.stores.submit(this.merchant, id);
		long revision = this.stores.store(this.merchant, id).orElseThrow().current().id();
		assertThat(this.review.pending(revision).orElseThrow().replacesPoster()).isFalse();

		PosterRecord after = this.review.approve(revision, this.staff);

		assertThat(after.token()).isEqualTo(first.token());
		assertThat(this.posters.byToken(first.token()).orElseThrow().active()).isTrue();
	}

	@Test
	void aRejectionNeedsAReasonAndTheMerchantSeesIt() {
		long id = this.stores.create(this.merchant, details("石狩ラーメン", "替え玉無料"));
		this.stores.submit(this.merchant, id);
		long revision = this.stores.store(this.merchant, id).orElseThrow().current().id();
		assertThatThrownBy(() -> this.review.reject(revision, this.staff, "  ")).isInstanceOf(StoreException.class)
			.extracting((ex) -> ((StoreException) ex).problem())
			.isEqualTo(StoreException.Problem.REASON_REQUIRED);

		this.review.reject(revision, this.staff, "住所の番地を確認してください。");

		MerchantStore rejected = this.stores.store(this.merchant, id).orElseThrow();
		assertThat(rejected.status()).isEqualTo("REJECTED");
		assertThat(rejected.current().decisionReason()).isEqualTo("住所の番地を確認してください。");
		assertThat(rejected.nextStep()).isEqualTo(MerchantStore.NextStep.FIX_AND_RESUBMIT);
		assertThat(this.review.history(id)).last()
			.satisfies((event) -> assertThat(event.reason()).isEqualTo("住所の番地を確認してください。"));
		assertThatThrownBy(() -> this.review.approve(revision, this.staff)).isInstanceOf(StoreException.class);

		// editing keeps the rejected revision and starts a new draft
		this.stores.update(this.merchant, id, details("石狩ラーメン", "替え玉無料(1回)"));
		MerchantStore draft = this.stores.store(this.merchant, id).orElseThrow();
		assertThat(draft.status()).isEqualTo("DRAFT");
		assertThat(this.stores.revisions(this.merchant, id)).extracting((r) -> r.status())
			.containsExactly("REJECTED", "DRAFT");
		assertThat(notices(this.merchant)).contains("STORE_REJECTED");
	}

	@Test
	void aDecisionIsEmailedToTheMerchant() {
		String email = this.jdbc.sql("select email from merchant_account where id = :id")
			.param("id", this.merchant)
			.query(String.class)
			.single();
		approvedStore("千歳そば", "天ぷら サービス");
		assertThat(this.mailbox.messages(email)).extracting((m) -> m.subject())
			.anySatisfy((subject) -> assertThat(subject).contains("千歳そば"));
	}

	@Test
	void withdrawingStopsThePosterAndLeavesTheQueue() {
		long id = approvedStore("恵庭カフェ", "ケーキ 50円引き");
		PosterRecord poster = this.stores.store(this.merchant, id).orElseThrow().activePoster();
		this.stores.update(this.merchant, id, details("恵庭カフェ", "ケーキ 100円引き"));
		this.stores.submit(this.merchant, id);
		long pending = this.stores.store(this.merchant, id).orElseThrow().current().id();

		this.stores.withdraw(this.merchant, id);

		assertThat(this.stores.store(this.merchant, id).orElseThrow().status()).isEqualTo("WITHDRAWN");
		assertThat(this.posters.byToken(poster.token()).orElseThrow().status()).isEqualTo("WITHDRAWN");
		assertThat(this.posters.active(id)).isEmpty();
		assertThat(this.review.pending(pending)).isEmpty();
		assertThatThrownBy(() -> this.stores.update(this.merchant, id, details("恵庭カフェ", "x")))
			.isInstanceOf(StoreException.class);
	}

	@Test
	void anotherMerchantsStoreIsLikeAMissingOne() {
		long id = this.stores.create(this.merchant, details("小樽ガラス", "グラス 10%引き"));
		assertThat(this.stores.store(this.otherMerchant, id)).isEmpty();
		assertThat(this.stores.history(this.otherMerchant, id)).isEmpty();
		assertThatThrownBy(() -> this.stores.submit(this.otherMerchant, id)).isInstanceOf(StoreException.class)
			.extracting((ex) -> ((StoreException) ex).problem())
			.isEqualTo(StoreException.Problem.NOT_FOUND);
		assertThatThrownBy(() -> this.stores.withdraw(this.otherMerchant, id)).isInstanceOf(StoreException.class);
	}

	@Test
	void theQueueListsTheDemoChangeOfPerkWithWhatChanged() {
		List<ReviewItem> queue = this.review.pendingQueue(200, 0);
		assertThat(queue).anySatisfy((item) -> {
			assertThat(item.revision().details().nameJa()).isEqualTo("すすきのラーメン横丁 北斗");
			assertThat(item.newStore()).isFalse();
			assertThat(item.changedFields()).contains("perkJa");
		});
		assertThat(this.review.pendingCount()).isEqualTo(queue.size());
	}

	private long approvedStore(String name, String perk) {
		long id = this.stores.create(this.merchant, details(name, perk));
		this.stores.submit(this.merchant, id);
		this.review.approve(this.stores.store(this.merchant, id).orElseThrow().current().id(), this.staff);
		return id;
	}

	private List<String> notices(long merchantId) {
		return this.jdbc.sql("select kind from notification where merchant_id = :id")
			.param("id", merchantId)
			.query(String.class)
			.list();
	}

	private long merchant(String email) {
		return this.jdbc.sql("""
				insert into merchant_account (email, password_hash, contact_name, email_verified_at)
				values (:email, 'x', 'テスト 太郎', now()) returning id
				""").param("email", email).query(Long.class).single();
	}

	static StoreDetails details(String name, String perk) {
		return new StoreDetails(name, null, "011002", "札幌市中央区北1条西2丁目", "CAFE", perk, null, null, null, "011-000-0000",
				"shop@example.jp");
	}

}
