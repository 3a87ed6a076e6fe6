// Sends a reader from the root page to a language before the page paints (a blocking script in
// its <head>, so the language choice never flashes and nothing shifts): a returning reader to
// the language they last read in, a first-time reader to the browser's. The same rule as
// langFromNavigator (src/lib/i18n/lang.ts) and LANG_KEY (src/lib/i18n/remember.ts);
// tests/unit/chooseLanguage.test.ts holds the copies together.
(function () {
	var lang = null;
	try {
		lang = localStorage.getItem('descent:lang');
	} catch {
		// Blocked storage: fall back to the browser's language.
	}
	if (lang !== 'zh-TW' && lang !== 'en') {
		lang = 'zh-TW';
		var list = navigator.languages || [];
		for (var i = 0; i < list.length; i++) {
			var l = String(list[i]).toLowerCase();
			if (l.indexOf('zh') === 0) break;
			if (l.indexOf('en') === 0) {
				lang = 'en';
				break;
			}
		}
	}
	location.replace(lang + '/');
})();
