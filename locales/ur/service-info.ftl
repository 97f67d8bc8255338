## ہر خدمت کی معلوماتی شیٹ ("یہ معلومات پرنٹ کریں"): آپ کو کیا چاہیے،
## کتنا خرچ ہے، کہاں اور کب۔ معلومات ڈیزائن نوٹس (DOMAIN.md) سے۔

info-need = آپ کو کیا چاہیے
info-cost = کتنا خرچ ہے
info-where = کہاں اور کب

info-certificates-need = سرٹیفکیٹ والے شخص کا ٹیکس کوڈ (codice fiscale)۔ اسٹامپ والے سرٹیفکیٹ کے لیے 16 یورو کا ریونیو اسٹامپ (marca da bollo)۔
info-certificates-cost = آن لائن سرٹیفکیٹ مفت ہے۔ اسٹامپ کے ساتھ 16 یورو لگتے ہیں (marca da bollo)؛ پیدائش اور شادی کے سرٹیفکیٹ ہمیشہ بغیر اسٹامپ کے ہوتے ہیں۔
info-certificates-where = فوراً، یہیں کیوسک پر یا ANPR پورٹل پر۔ سرٹیفکیٹ 6 مہینے چلتا ہے اور سرکاری دفتروں کو نہیں دیا جاتا: ان کے لیے خود تصدیق نامہ (autocertificazione) کافی ہے۔

info-residence-change-need = منتقل ہونے والے ہر شخص کا شناختی کاغذ، جو یورپی یونین کا شہری نہیں اس کا رہائشی پرمٹ (یا ڈاک خانے Poste کی رسید)، رجسٹرڈ کرایہ نامہ یا وہ کاغذ جس سے آپ کو گھر میں رہنے کا حق ملتا ہے۔
info-residence-change-cost = مفت۔
info-residence-change-where = گھر بدلنے کے 20 دن کے اندر۔ Comune (بلدیہ) 2 کام کے دنوں میں بیان درج کرتی ہے؛ بلدیاتی پولیس (Polizia Municipale) 45 دن کے اندر جانچ کر سکتی ہے۔ Comune di Arezzo کا Ufficio Anagrafe (رجسٹری دفتر)، Piazza Amintore Fanfani۔

info-permit-status-need = فائل نمبر (10 حروف و ہندسے) یا ڈاک خانے (Poste) کی رسید والا numero assicurata (12 ہندسے)۔
info-permit-status-cost = مفت۔
info-permit-status-where = کسی بھی وقت، یہاں یا Polizia di Stato کی ویب سائٹ پر (وہ عوامی صفحہ جسے کیوسک پڑھتا ہے)۔ جب پرمٹ تیار ہو، تو Questura (پولیس کا دفتر) آپ کو SMS بھیجتی ہے جس میں اسے لینے کا دن اور جگہ ہوتی ہے۔

info-family-reunification-need = کم از کم ایک سال کا رہائشی پرمٹ، پچھلے سال کی آمدنی (Certificazione Unica یا ٹیکس گوشوارہ)، گھر کا معاہدہ اور Comune (بلدیہ) کا رہائش کی موزونیت کا سرٹیفکیٹ (idoneità alloggiativa)، خاندان کے افراد کے کاغذات۔
# Source: Prefetture's immigration FAQ (e.g. Reggio Emilia, read 2026-12):
# one 16 € marca da bollo per application.
info-family-reunification-cost = درخواست کے لیے 16 یورو کا ریونیو اسٹامپ (marca da bollo) چاہیے، جس کی تفصیلات پورٹل پر لکھی جاتی ہیں۔ رہائش کی موزونیت کے سرٹیفکیٹ اور کاغذات کے ترجمے پر خرچ آتا ہے۔
info-family-reunification-where = درخواست Ministero dell'Interno (وزارتِ داخلہ) کے ALI پورٹل پر آپ کے SPID یا آپ کے CIE سے دی جاتی ہے: یہاں آپ اسے تیار کرتے ہیں، اور اگر آپ چاہیں تو آپریٹر آپ کے ساتھ درخواست دے گا۔ درخواست Prefettura di Arezzo کے Sportello Unico per l'Immigrazione کو جاتی ہے؛ پھر خاندان کا فرد اطالوی قونصل خانے سے ویزا مانگتا ہے۔

info-citizenship-status-need = درخواست نمبر (K10…) اور آپ کی تاریخِ پیدائش۔
info-citizenship-status-cost = مفت۔
info-citizenship-status-where = درخواست کی صورتحال صرف Ministero dell'Interno (وزارتِ داخلہ) کے ALI پورٹل پر، آپ کے SPID یا آپ کے CIE سے داخل ہو کر، دیکھی جا سکتی ہے: یہاں آپ کاغذ تیار کرتے ہیں، اور اگر آپ چاہیں تو آپریٹر آپ کے ساتھ پورٹل کھولے گا۔ قانون کے مطابق فیصلہ 24 مہینے کے اندر ہونا چاہیے، جسے 36 مہینے تک بڑھایا جا سکتا ہے۔

info-italian-test-a2-need = رہائشی پرمٹ، پاسپورٹ، ٹیکس کوڈ (codice fiscale) اور ایسا ای میل پتہ جو آپ روز پڑھتے ہیں۔
info-italian-test-a2-cost = مفت۔
info-italian-test-a2-where = درخواست testitaliano.interno.it ویب سائٹ پر آپ کے SPID یا آپ کے CIE سے دی جاتی ہے: یہاں آپ اسے تیار کرتے ہیں، اور اگر آپ چاہیں تو آپریٹر آپ کے ساتھ درخواست دے گا۔ بلاوا 60 دن کے اندر ای میل سے آتا ہے؛ امتحان کسی CPIA (بالغوں کا تعلیمی مرکز) میں ہوتا ہے۔ اگر آپ پاس نہ ہوں، تو 90 دن بعد دوبارہ اندراج کر سکتے ہیں۔

info-state-school-enrolment-need = بچے اور والدین کی معلومات، آپ کے چنے ہوئے اسکول کا کوڈ (10 حروف و ہندسے، Arezzo میں AR سے شروع ہوتا ہے) اور ایک ای میل پتہ۔
info-state-school-enrolment-cost = مفت۔
info-state-school-enrolment-where = داخلے وزارت کے Unica پلیٹ فارم پر آپ کے SPID یا آپ کے CIE سے ہوتے ہیں، ہر سال جنوری اور فروری کے بیچ: یہاں آپ انہیں تیار کرتے ہیں، اور اگر آپ چاہیں تو آپریٹر آپ کے ساتھ یہ کام کرے گا۔ اس وقت کے علاوہ، فارم اسکول کے دفتر لے جائیں۔

info-municipal-school-services-need = بچے اور فیس دینے والے والد یا والدہ کی معلومات، ٹیکس کوڈ (codice fiscale)، اسکول کا نام اور، اگر آپ کے پاس ہو، ISEE (خاندان کی مالی حالت کا سرٹیفکیٹ)۔
info-municipal-school-services-cost = درخواست مفت ہے۔ خدمت کی فیس ISEE کے مطابق ہوتی ہے: 13.500 یورو تک فیس کم ہوتی ہے۔
info-municipal-school-services-where = Comune di Arezzo کا اسکول دفتر (Sportello Unico، Piazza Amintore Fanfani)، Comune کے بتائے ہوئے داخلے کے دنوں میں۔

info-online-magazines-need = Toscana (توسکانا) کی کسی لائبریری کا کارڈ۔
info-online-magazines-cost = مفت۔
info-online-magazines-where = کسی بھی وقت، فون یا کمپیوٹر سے MLOL کے ذریعے، یا لائبریری میں۔ کارڈ Biblioteca Città di Arezzo، via dei Pileati 8 میں مفت بنتا ہے۔

info-training-courses-need = ایک شناختی کاغذ اور رہائشی پرمٹ۔ واؤچر اور مدد کے لیے Centro per l'Impiego (روزگار دفتر) میں اندراج۔
info-training-courses-cost = بہت سے کورس مفت ہیں؛ کورس کی شیٹ پر خرچ لکھا ہوتا ہے۔
info-training-courses-where = شیٹ پر لکھے تربیتی ادارے میں، آخری تاریخ سے پہلے۔ معلومات: Centro per l'Impiego di Arezzo، via Monte Cervino 24۔

info-job-offers-need = سی وی (curriculum)، ایک شناختی کاغذ اور رہائشی پرمٹ۔
info-job-offers-cost = مفت۔
info-job-offers-where = پیشکش پر لکھے Centro per l'Impiego میں (Arezzo، San Giovanni Valdarno، Sestino، Civitella)، بند ہونے کی تاریخ سے پہلے۔

info-health-booking-need = الیکٹرانک نسخہ (NRE نمبر) اور ہیلتھ کارڈ (tessera sanitaria)، یا STP کوڈ اگر آپ کے پاس رہائشی پرمٹ نہیں۔
info-health-booking-cost = ticket (مریض کا حصہ) pagoPA سے ادا کیا جاتا ہے، اگر نسخے پر چھوٹ (esenzione) نہیں لکھی۔
info-health-booking-where = USL Toscana Sud Est کے ہسپتال اور صحت مراکز (case della salute)۔ منسوخ کرنے کے لیے بکنگ کوڈ کے ساتھ CUP (بکنگ دفتر) کو فون کریں۔
