## خاندان کا ملاپ: assets/flows/family-reunification.toml.

flow-family-reunification-page-permit = آپ کا رہائشی اجازت نامہ (permesso di soggiorno)
flow-family-reunification-permit_type = آپ کے پاس کس قسم کا اجازت نامہ ہے؟
flow-family-reunification-permit_type-work = ملازمت
flow-family-reunification-permit_type-self-employment = اپنا کاروبار
flow-family-reunification-permit_type-family = خاندانی وجوہات
flow-family-reunification-permit_type-long-term = یورپی یونین کا طویل مدتی رہائشی
flow-family-reunification-permit_type-study = تعلیم
flow-family-reunification-permit_type-asylum = پناہ یا ضمنی تحفظ
flow-family-reunification-permit_type-other = کوئی اور
flow-family-reunification-permit_one_year = کیا آپ کا اجازت نامہ کم از کم ایک سال کا ہے؟
flow-family-reunification-permit_one_year-hint = اجازت نامے پر جاری ہونے کی تاریخ اور ختم ہونے کی تاریخ دیکھیں۔
flow-family-reunification-permit-too-short = خاندان کے ملاپ کی درخواست کے لیے کم از کم ایک سال کا اجازت نامہ ضروری ہے۔ دوسرے راستوں کے بارے میں آپریٹر سے پوچھیں۔

flow-family-reunification-family-add-another = کیا آپ خاندان کا ایک اور فرد شامل کرنا چاہتے ہیں؟
flow-family-reunification-page-member = خاندان کا وہ فرد جسے آپ اٹلی بلانا چاہتے ہیں
flow-family-reunification-relationship = وہ آپ کے کیا لگتے ہیں؟
flow-family-reunification-relationship-spouse = شوہر یا بیوی
flow-family-reunification-relationship-minor-child = نابالغ بیٹا یا بیٹی
flow-family-reunification-relationship-adult-child-disabled = مکمل معذوری والا بالغ بیٹا یا بیٹی
flow-family-reunification-relationship-parent = آپ پر منحصر والد یا والدہ
flow-family-reunification-member_surname = خاندانی نام
flow-family-reunification-member_given_name = نام
flow-family-reunification-member_birth_date = تاریخ پیدائش
flow-family-reunification-member_country = وہ ملک جہاں وہ اب رہتے ہیں
flow-family-reunification-member_country-hint = ویزا اس ملک میں اطالوی قونصل خانے سے مانگا جاتا ہے۔
flow-family-reunification-age-does-not-fit = عمر مطابقت نہیں رکھتی: شریکِ حیات کی عمر کم از کم 18 سال اور نابالغ بچے کی عمر 18 سال سے کم ہونی چاہیے۔

flow-family-reunification-annual_income = پچھلے سال کی آپ کی آمدنی، یورو میں
flow-family-reunification-annual_income-hint = Certificazione Unica یا ٹیکس گوشوارے کا کل مجموعی جوڑ۔ آپ اپنے ساتھ رہنے والے خاندان کے افراد کی آمدنی بھی شامل کر سکتے ہیں۔
flow-family-reunification-income-too-low = خاندان کے اتنے افراد کے لیے کم از کم { NUMBER($income_threshold, minimumFractionDigits: 2) } یورو سالانہ آمدنی ضروری ہے۔ آپریٹر سے پوچھیں: کبھی کبھی خاندان کے دوسرے افراد کی آمدنی شامل کی جا سکتی ہے۔

flow-family-reunification-page-housing = وہ گھر جہاں آپ رہیں گے
flow-family-reunification-dwelling_area = گھر کتنے مربع میٹر کا ہے؟
flow-family-reunification-dwelling_area-hint = یہ کرایہ نامے یا گھر کے نقشے پر لکھا ہوتا ہے۔
flow-family-reunification-housing-too-small = گھر میں رہنے والے تمام افراد کے لیے کم از کم { NUMBER($housing_minimum, maximumFractionDigits: 0) } مربع میٹر ضروری ہیں۔
flow-family-reunification-housing_certificate = کیا آپ کے پاس Comune (بلدیہ) کا رہائش کی موزونیت کا سرٹیفکیٹ (idoneità alloggiativa) ہے؟
flow-family-reunification-housing_certificate-hint = اگر ابھی نہیں ہے تو Comune کے دفترِ رہائش سے مانگیں: درخواست کے لیے یہ ضروری ہے۔

flow-family-reunification-page-applicant = آپ کی معلومات
flow-family-reunification-surname = خاندانی نام
flow-family-reunification-given_name = نام
flow-family-reunification-codice_fiscale = ٹیکس کوڈ (codice fiscale)

flow-family-reunification-page-contacts = ہم آپ سے کیسے رابطہ کریں
flow-family-reunification-phone = فون نمبر
flow-family-reunification-email = ای میل (اگر ہو)

flow-family-reunification-what_next = درخواست Prefettura کے Sportello Unico per l'Immigrazione کو جاتی ہے، جو Questura سے رائے لیتا ہے۔ اجازت (nulla osta) 90 دن کے اندر آتی ہے۔ پھر آپ کے خاندان کا فرد اطالوی قونصل خانے سے ویزا مانگتا ہے؛ اٹلی پہنچنے کے 8 دن کے اندر آپ دونوں کو ساتھ Sportello Unico جانا ہوگا۔
# What to have ready before opening the portal (the "continue on the portal" sheet).
flow-family-reunification-portal_ready = آپ کا SPID، یا PIN کے ساتھ آپ کا CIE؛ رہائشی پرمٹ؛ آپ کا اور خاندان کے افراد کا پاسپورٹ؛ گھر کا کرایہ نامہ یا ملکیت کا کاغذ، اور Comune کا رہائش کی موزونیت کا سرٹیفکیٹ (idoneità alloggiativa)؛ پچھلے سال کی آمدنی (Certificazione Unica یا ٹیکس گوشوارہ)؛ 16 یورو کے ریونیو اسٹامپ (marca da bollo) کی تفصیلات۔
