## بلدیہ کی اسکول سروسز: assets/flows/municipal-school-services.toml.

flow-municipal-school-services-services = آپ کن سروسز کے لیے درخواست دے رہے ہیں؟
flow-municipal-school-services-services-hint = آپ ایک سے زیادہ چن سکتے ہیں۔
flow-municipal-school-services-services-nursery = ڈے کیئر (asilo nido) (3 مہینے سے 3 سال تک)
flow-municipal-school-services-services-canteen = اسکول کا کھانا (mensa)
flow-municipal-school-services-services-transport = اسکول ٹرانسپورٹ (اسکول بس)

flow-municipal-school-services-page-transport = اسکول ٹرانسپورٹ
flow-municipal-school-services-transport_far = کیا آپ شہر کے مرکز سے باہر اور اسکول سے 1 کلومیٹر سے زیادہ دور رہتے ہیں؟
flow-municipal-school-services-transport_far-hint = اسکول بس صرف ان کے لیے ہے جو اسکول سے دور رہتے ہیں۔
flow-municipal-school-services-transport-too-close = ٹرانسپورٹ صرف ان کے لیے ہے جو شہر کے مرکز سے باہر اور اسکول سے 1 کلومیٹر سے زیادہ دور رہتے ہیں۔ پیچھے جائیں اور ٹرانسپورٹ ہٹا دیں، یا عملے کے رکن سے پوچھیں۔
flow-municipal-school-services-transport_nearest_school = کیا بچہ گھر کے سب سے قریب والے اسکول میں جاتا ہے؟

flow-municipal-school-services-page-child = بچہ یا بچی
flow-municipal-school-services-child_surname = خاندانی نام
flow-municipal-school-services-child_given_name = نام
flow-municipal-school-services-child_birth_date = تاریخِ پیدائش
flow-municipal-school-services-nursery-age = ڈے کیئر 3 سال تک کے بچوں کے لیے ہے۔ بڑے بچے کے لیے ڈے کیئر کو اپنی پسند سے ہٹا دیں۔
flow-municipal-school-services-child_codice_fiscale = بچے کا ٹیکس کوڈ (codice fiscale)
flow-municipal-school-services-child_codice_fiscale-hint = اگر بچے کا ٹیکس کوڈ نہیں ہے تو خالی چھوڑ دیں۔

flow-municipal-school-services-school_name = بچہ کس اسکول میں پڑھتا ہے؟
flow-municipal-school-services-school_name-hint = اسکول کا نام اور جماعت، مثلاً "Primaria Pio Borri, 2ª B"۔

flow-municipal-school-services-page-diet = کھانا
flow-municipal-school-services-special_diet = کیا بچے کو خاص کھانے کی ضرورت ہے؟
flow-municipal-school-services-special_diet-none = نہیں
flow-municipal-school-services-special_diet-medical = ہاں، صحت کی وجہ سے (الرجی، کوئی چیز ہضم نہ ہونا)
flow-municipal-school-services-special_diet-religious = ہاں، مذہبی وجہ سے
flow-municipal-school-services-special_diet-vegetarian = ہاں، سبزی خور
flow-municipal-school-services-diet_details = بچہ کیا نہیں کھا سکتا؟
flow-municipal-school-services-diet_details-hint = صحت کی وجہ کے لیے ڈاکٹر کا سرٹیفکیٹ بھی چاہیے: اسے بلدیہ کے اسکول دفتر میں لے جائیں۔

flow-municipal-school-services-page-parent = سروس کی ادائیگی کرنے والے والدین
flow-municipal-school-services-parent_relationship = آپ بچے کے کیا لگتے ہیں؟
flow-municipal-school-services-parent_relationship-mother = ماں
flow-municipal-school-services-parent_relationship-father = باپ
flow-municipal-school-services-parent_relationship-guardian = سرپرست
flow-municipal-school-services-parent_surname = خاندانی نام
flow-municipal-school-services-parent_given_name = نام
flow-municipal-school-services-parent_codice_fiscale = آپ کا ٹیکس کوڈ (codice fiscale)

flow-municipal-school-services-page-address = آپ کہاں رہتے ہیں
flow-municipal-school-services-comune = بلدیہ (Comune)
flow-municipal-school-services-street = گلی اور مکان نمبر
flow-municipal-school-services-cap = پوسٹ کوڈ (CAP)

flow-municipal-school-services-page-isee = ISEE
flow-municipal-school-services-has_isee = کیا آپ کے پاس درست ISEE (خاندان کی مالی حالت کا سرٹیفکیٹ) ہے؟
flow-municipal-school-services-has_isee-hint = 13.500 یورو تک کے ISEE پر آپ کم فیس دیتے ہیں۔ ISEE کے بغیر پوری فیس دینی ہوتی ہے۔ ISEE کسی CAF (ٹیکس مدد کا مرکز) میں مفت بنتا ہے۔
flow-municipal-school-services-isee_value = ISEE کی رقم، یورو میں

flow-municipal-school-services-page-contacts = آپ سے رابطہ
flow-municipal-school-services-phone = فون
flow-municipal-school-services-email = ای میل

flow-municipal-school-services-what_next = بلدیہ (Comune) کا اسکول دفتر درخواست چیک کرے گا اور فہرستیں (graduatorie) شائع کرے گا۔ وہ آپ کو لکھ کر یا فون کر کے بتائے گا کہ بچے کو داخلہ ملا یا نہیں اور سروس کتنے کی ہے۔
