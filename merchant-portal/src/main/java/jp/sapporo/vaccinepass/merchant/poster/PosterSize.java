package jp.sapporo.vaccinepass.merchant.poster;

import com.lowagie.text.PageSize;
import com.lowagie.text.Rectangle;

/** Paper sizes of the poster, portrait. */
public enum PosterSize {

	/** A4, 210 × 297 mm. */
	A4(PageSize.A4),

	/** A3, 297 × 420 mm. */
	A3(PageSize.A3);

	private final Rectangle page;

	PosterSize(Rectangle page) {
		this.page = page;
	}

	Rectangle page() {
		return this.page;
	}

}
