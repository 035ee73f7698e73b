import { wordSet } from './word-set.js';

/**
 * Countries, as Arabic news names them, and the unions news speaks of as one
 * party (the European Union, NATO): a question that names one is about it.
 * Single-word names only (a question word is matched alone); spelling
 * variants people type are listed beside the usual one.
 */
const COUNTRIES = wordSet(`
روسيا الصين كوريا أوكرانيا اوكرانيا أمريكا امريكا أميركا اميركا
اليابان إيران ايران تركيا فرنسا ألمانيا المانيا بريطانيا إنجلترا انجلترا إسرائيل اسرائيل الهند باكستان
أفغانستان افغانستان مصر السعودية سوريا سورية العراق لبنان الأردن الاردن الإمارات الامارات قطر الكويت
البحرين عمان اليمن ليبيا تونس الجزائر المغرب السودان موريتانيا الصومال إثيوبيا اثيوبيا نيجيريا كينيا
إيطاليا ايطاليا إسبانيا اسبانيا البرتغال اليونان هولندا بلجيكا سويسرا النمسا السويد النرويج فنلندا
الدنمارك بولندا المجر رومانيا بلغاريا صربيا كرواتيا التشيك سلوفاكيا بيلاروسيا مولدوفا جورجيا أرمينيا
ارمينيا أذربيجان اذربيجان كازاخستان أوزبكستان اوزبكستان تركمانستان قيرغيزستان طاجيكستان منغوليا
فيتنام تايوان إندونيسيا اندونيسيا ماليزيا سنغافورة تايلاند الفلبين ميانمار كمبوديا لاوس بنغلاديش
نيبال سريلانكا أستراليا استراليا نيوزيلندا كندا المكسيك البرازيل الأرجنتين الارجنتين تشيلي كولومبيا
فنزويلا بيرو كوبا
أوروبا اوروبا الأوروبي الأوروبية الناتو`);

/** Whether a normalized word, its article or a one-letter clitic aside, names a country (باليابان). */
export function isCountryName(normalizedWord: string): boolean {
  if (COUNTRIES.has(normalizedWord)) return true;
  // لليابان is ل + اليابان with the article's alef dropped; other clitics come off whole.
  const bare = normalizedWord.startsWith('لل')
    ? `ال${normalizedWord.slice(2)}`
    : normalizedWord.replace(/^[وفبلك](?=..)/, '');
  return COUNTRIES.has(bare);
}
