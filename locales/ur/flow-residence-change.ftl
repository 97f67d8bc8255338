## Change of residence: the questions of assets/flows/residence-change.toml.

flow-residence-change-reason = آپ رہائش کیوں بدل رہے ہیں؟
flow-residence-change-reason-from-other-comune = کسی دوسری اطالوی بلدیہ (comune) سے آمد
flow-residence-change-reason-from-abroad = بیرونِ ملک سے آمد
flow-residence-change-reason-within-comune = Arezzo کے اندر پتے کی تبدیلی
flow-residence-change-reason-other = کوئی اور وجہ
flow-residence-change-previous_comune = آپ کس بلدیہ (comune) سے آئے ہیں؟
flow-residence-change-previous_comune-hint = وہ بلدیہ جہاں پہلے آپ کی رہائش درج تھی۔
flow-residence-change-previous_country = آپ کس ملک سے آئے ہیں؟

flow-residence-change-page-applicant = آپ کی معلومات
flow-residence-change-surname = خاندانی نام
flow-residence-change-given_name = نام
flow-residence-change-sex = جنس
flow-residence-change-sex-female = عورت
flow-residence-change-sex-male = مرد

flow-residence-change-page-applicant-birth = آپ کی پیدائش
flow-residence-change-birth_date = تاریخِ پیدائش
flow-residence-change-birth_country = پیدائش کا ملک
flow-residence-change-adult-required = بیان دینے والے شخص کا بالغ (18 سال یا زیادہ) ہونا ضروری ہے۔ نابالغ کو آپ کے ساتھ منتقل ہونے والے شخص کے طور پر شامل کریں۔

flow-residence-change-page-applicant-codes = ٹیکس کوڈ (codice fiscale) اور شہریت
flow-residence-change-codice_fiscale = ٹیکس کوڈ (codice fiscale)
flow-residence-change-codice_fiscale-hint = یہ ہیلتھ کارڈ (tessera sanitaria) پر ہے: 16 حروف و ہندسے، یا عارضی ہو تو 11 ہندسے۔
flow-residence-change-citizenship = شہریت

flow-residence-change-civil_status = ازدواجی حیثیت
flow-residence-change-civil_status-single = غیر شادی شدہ
flow-residence-change-civil_status-married = شادی شدہ
flow-residence-change-civil_status-civil-union = سول یونین (unione civile) میں
flow-residence-change-civil_status-separated = قانونی طور پر علیحدہ
flow-residence-change-civil_status-divorced = طلاق یافتہ
flow-residence-change-civil_status-widowed = بیوہ یا رنڈوا

flow-residence-change-page-address = Arezzo میں نیا پتہ
flow-residence-change-street = گلی یا چوک (Via یا Piazza)
flow-residence-change-street-hint = مثلاً: Via Roma۔
flow-residence-change-house_number = مکان نمبر
flow-residence-change-interior = فلیٹ نمبر (اگر ہو)
flow-residence-change-cap = پوسٹ کوڈ (CAP)
flow-residence-change-cap-arezzo = یہ CAP بلدیہ Arezzo (Comune di Arezzo) کا نہیں ہے: شہر کا CAP 52100 ہے۔

flow-residence-change-others_registered = کیا اس گھر میں پہلے سے دوسرے لوگوں کی رہائش درج ہے؟
flow-residence-change-others_registered-hint = اگر ہاں، تو خاندانی ریکارڈ کے سربراہ (intestatario della scheda di famiglia) کو اپنی رضامندی پر دستخط کرنے ہوں گے۔
flow-residence-change-registered_holder = خاندانی ریکارڈ کے سربراہ (intestatario della scheda di famiglia) کا نام اور خاندانی نام
flow-residence-change-registered_holder-hint = پہلے سے یہاں رہائش رکھنے والا وہ شخص جو رضامندی پر دستخط کرتا ہے۔

flow-residence-change-title = آپ اس گھر میں کس حیثیت سے رہتے ہیں؟
flow-residence-change-title-owner = میں مالک ہوں
flow-residence-change-title-lease = میرے پاس رجسٹرڈ کرایہ نامہ ہے
flow-residence-change-title-public-housing = سرکاری رہائش (ERP)
flow-residence-change-title-free-loan = مفت استعمال کا رجسٹرڈ معاہدہ (comodato d'uso)
flow-residence-change-title-usufruct = حقِ استعمال (usufrutto)
flow-residence-change-title-other = کچھ اور (مہمان، ساتھ رہائش)

flow-residence-change-page-lease = معاہدے کی رجسٹریشن کی تفصیل
flow-residence-change-lease_office = Agenzia delle Entrate (ٹیکس کا محکمہ) کا دفتر
flow-residence-change-lease_office-hint = یہ معاہدے کی رجسٹریشن کی رسید پر لکھا ہے۔
flow-residence-change-lease_date = رجسٹریشن کی تاریخ
flow-residence-change-lease_number = رجسٹریشن نمبر

flow-residence-change-members-add-another = کیا کوئی اور شخص آپ کے ساتھ منتقل ہو رہا ہے؟
flow-residence-change-page-member = آپ کے ساتھ منتقل ہونے والا شخص
flow-residence-change-member_surname = خاندانی نام
flow-residence-change-member_given_name = نام
flow-residence-change-member_birth_date = تاریخِ پیدائش
flow-residence-change-member_relationship = اس شخص کا آپ سے کیا رشتہ ہے؟
flow-residence-change-member_relationship-spouse = شوہر یا بیوی
flow-residence-change-member_relationship-partner = ساتھی (جو ساتھ رہتا ہے)
flow-residence-change-member_relationship-child = بیٹا یا بیٹی
flow-residence-change-member_relationship-parent = والد یا والدہ
flow-residence-change-member_relationship-sibling = بھائی یا بہن
flow-residence-change-member_relationship-other = کوئی اور
flow-residence-change-page-member-codes = اس شخص کا ٹیکس کوڈ (codice fiscale) اور شہریت
flow-residence-change-member_codice_fiscale = ٹیکس کوڈ (codice fiscale)، اگر ہو
flow-residence-change-member_citizenship = شہریت

flow-residence-change-page-contacts = ہم آپ سے کیسے رابطہ کریں
flow-residence-change-phone = فون نمبر
flow-residence-change-email = ای میل (اگر ہو)

flow-residence-change-what_next = آپ کی درخواست بیان جمع کرانے کے لیے ہے: بیان صرف اس وقت درست ہوتا ہے جب منتقل ہونے والے تمام بالغ افراد اس پر دستخط کر دیں (فارم کے خانے) اور آپ اسے شہری رجسٹر (anagrafe) کے کاؤنٹر پر جمع کرا دیں، یا PEC (تصدیق شدہ ای میل) کے ذریعے بھیج دیں، سب کی شناختی دستاویزات اور رہائشی اجازت نامہ (permesso di soggiorno) یا اس کی درخواست کی رسید کے ساتھ۔ اس دن سے بلدیہ (Comune) 2 کاروباری دنوں میں رہائش درج کرتی ہے؛ 45 دن کے اندر بلدیاتی پولیس (Polizia Municipale) یہ دیکھنے آ سکتی ہے کہ آپ اسی پتے پر رہتے ہیں: اگر آپ کو کوئی اطلاع نہ ملے تو آپ کی رہائش کی تصدیق ہو گئی۔
