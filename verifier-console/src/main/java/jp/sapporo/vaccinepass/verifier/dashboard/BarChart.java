package jp.sapporo.vaccinepass.verifier.dashboard;

import java.util.List;

import org.springframework.web.util.HtmlUtils;

/**
 * A bar chart as inline SVG: no script, no library, readable by a screen reader (a title
 * and one labelled group per bar) and printable. The page also shows the numbers as a
 * table.
 */
final class BarChart {

	private static final int WIDTH = 640;

	private static final int HEIGHT = 220;

	private static final int LEFT = 40;

	private static final int BOTTOM = 40;

	private BarChart() {
	}

	static String svg(String title, List<Bar> bars) {
		long max = Math.max(1, bars.stream().mapToLong(Bar::value).max().orElse(1));
		int plotWidth = WIDTH - LEFT - 10;
		int plotHeight = HEIGHT - BOTTOM - 10;
		double slot = (bars.isEmpty()) ? plotWidth : (double) plotWidth / bars.size();
		StringBuilder svg = new StringBuilder();
		svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" viewBox=\"0 0 ")
			.append(WIDTH)
			.append(' ')
			.append(HEIGHT)
			.append("\" role=\"img\" aria-label=\"")
			.append(escape(title))
			.append("\"><title>")
			.append(escape(title))
			.append("</title>");
		svg.append("<line class=\"axis\" x1=\"").append(LEFT).append("\" y1=\"").append(HEIGHT - BOTTOM);
		svg.append("\" x2=\"").append(WIDTH - 10).append("\" y2=\"").append(HEIGHT - BOTTOM).append("\"/>");
		svg.append("<text class=\"tick\" x=\"").append(LEFT - 4).append("\" y=\"14\" text-anchor=\"end\">");
		svg.append(max).append("</text>");
		int labelEvery = Math.max(1, (int) Math.ceil(bars.size() / 14.0));
		for (int i = 0; i < bars.size(); i++) {
			Bar bar = bars.get(i);
			double height = (double) bar.value() / max * plotHeight;
			double x = LEFT + i * slot + slot * 0.15;
			double y = HEIGHT - BOTTOM - height;
			svg.append("<g><title>").append(escape(bar.label() + ": " + bar.value())).append("</title>");
			svg.append(String.format(java.util.Locale.ROOT,
					"<rect class=\"bar\" x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\"/>", x, y, slot * 0.7,
					height));
			if (bar.value() > 0) {
				svg.append(String.format(java.util.Locale.ROOT,
						"<text class=\"value\" x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\">%d</text>", x + slot * 0.35,
						y - 3, bar.value()));
			}
			if (i % labelEvery == 0) {
				svg.append(String.format(java.util.Locale.ROOT,
						"<text class=\"tick\" x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%s</text>", x + slot * 0.35,
						HEIGHT - BOTTOM + 16, escape(bar.label())));
			}
			svg.append("</g>");
		}
		return svg.append("</svg>").toString();
	}

	private static String escape(String text) {
		return HtmlUtils.htmlEscape(text);
	}

	/** One bar: its label and value. */
	record Bar(String label, long value) {
	}

}
