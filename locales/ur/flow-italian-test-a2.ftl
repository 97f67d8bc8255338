## اطالوی زبان کا امتحان A2: assets/flows/italian-test-a2.toml.

flow-italian-test-a2-purpose = آپ کیا کرنا چاہتے ہیں؟
flow-italian-test-a2-purpose-enrol = امتحان کے لیے اندراج کرنا
flow-italian-test-a2-purpose-result = امتحان کا نتیجہ جاننا

flow-italian-test-a2-page-result = امتحان کا نتیجہ
flow-italian-test-a2-application_number = درخواست نمبر
flow-italian-test-a2-application_number-hint = یہ امتحان کے اندراج کی رسید پر، یا Prefettura (ضلعی انتظامیہ) کی ای میل میں لکھا ہے۔
flow-italian-test-a2-result_birth_date = آپ کی تاریخِ پیدائش

flow-italian-test-a2-exemption = کیا ان میں سے کوئی بات آپ پر لاگو ہوتی ہے؟
flow-italian-test-a2-exemption-hint = جو ان میں سے کسی صورت میں ہو، اسے امتحان نہیں دینا پڑتا۔
flow-italian-test-a2-exemption-none = نہیں، کوئی بھی نہیں
flow-italian-test-a2-exemption-under-14 = میری عمر 14 سال سے کم ہے
flow-italian-test-a2-exemption-italian-school = میرے پاس کسی اطالوی اسکول کا ڈپلوما ہے
flow-italian-test-a2-exemption-cpia-certificate = میرے پاس CPIA (بالغوں کا تعلیمی مرکز) یا کسی تسلیم شدہ ادارے کا اطالوی زبان A2 یا اس سے اوپر کا سرٹیفکیٹ ہے
flow-italian-test-a2-exemption-university = میں کسی اطالوی یونیورسٹی میں پڑھتا ہوں یا پڑھ چکا ہوں
flow-italian-test-a2-exemption-disability = مجھے کوئی بیماری یا معذوری ہے جس کی وجہ سے میں زبان نہیں سیکھ سکتا، اور میرے پاس میڈیکل سرٹیفکیٹ ہے

flow-italian-test-a2-exempt = آپ کو امتحان نہیں دینا۔ جب آپ طویل مدتی پرمٹ کی درخواست دیں، تو وہ کاغذ ساتھ لائیں جو یہ ثابت کرے (ڈپلوما، سرٹیفکیٹ یا میڈیکل سرٹیفکیٹ)۔ عملے کا رکن آپ کی مدد کر سکتا ہے۔

flow-italian-test-a2-recent_fail = کیا پچھلے 90 دنوں میں آپ امتحان میں فیل ہوئے، یا بغیر وجہ کے حاضر نہیں ہوئے؟
flow-italian-test-a2-recent_fail-hint = امتحان میں فیل ہونے یا بغیر وجہ غیر حاضری کے بعد، دوبارہ اندراج سے پہلے 90 دن انتظار کرنا ہوتا ہے۔
flow-italian-test-a2-wait-90-days = آپ امتحان کے 90 دن بعد دوبارہ اندراج کر سکتے ہیں۔ بعد میں واپس آئیں، یا عملے کے رکن سے صحیح تاریخ پوچھیں۔

flow-italian-test-a2-page-applicant = آپ کی معلومات
flow-italian-test-a2-surname = خاندانی نام
flow-italian-test-a2-given_name = نام
flow-italian-test-a2-birth_date = تاریخِ پیدائش

flow-italian-test-a2-page-origin = پیدائش اور شہریت
flow-italian-test-a2-birth_country = پیدائش کا ملک
flow-italian-test-a2-citizenship = شہریت
flow-italian-test-a2-codice_fiscale = ٹیکس کوڈ (codice fiscale)

flow-italian-test-a2-page-permit = آپ کا رہائشی پرمٹ
flow-italian-test-a2-permit_type = آپ کا پرمٹ کس قسم کا ہے؟
flow-italian-test-a2-permit_type-work = ملازمت (lavoro subordinato)
flow-italian-test-a2-permit_type-self-employment = اپنا کام (lavoro autonomo)
flow-italian-test-a2-permit_type-family = خاندانی وجوہات
flow-italian-test-a2-permit_type-study = تعلیم
flow-italian-test-a2-permit_type-other = کوئی اور
flow-italian-test-a2-permit_number = پرمٹ نمبر
flow-italian-test-a2-permit_number-hint = یہ پرمٹ کارڈ پر اوپر دائیں طرف لکھا ہے۔
flow-italian-test-a2-permit_expiry = پرمٹ ختم ہونے کی تاریخ
flow-italian-test-a2-permit_expiry-hint = اگر پرمٹ ابھی کچھ دن پہلے ختم ہوا ہے اور آپ نے تجدید کی درخواست دی ہے، تو پرانے کارڈ کی تاریخ لکھیں۔

flow-italian-test-a2-page-passport = آپ کا پاسپورٹ
flow-italian-test-a2-passport_number = پاسپورٹ نمبر
flow-italian-test-a2-passport_expiry = پاسپورٹ ختم ہونے کی تاریخ

flow-italian-test-a2-page-address = آپ کہاں رہتے ہیں
flow-italian-test-a2-comune = بلدیہ (Comune)
flow-italian-test-a2-street = گلی اور مکان نمبر
flow-italian-test-a2-cap = پوسٹ کوڈ (CAP)

flow-italian-test-a2-page-contacts = امتحان کے لیے آپ کو کیسے بلایا جائے
flow-italian-test-a2-email = ای میل
flow-italian-test-a2-email-hint = Prefettura بلاوا ای میل سے بھیجتی ہے: ایسا پتہ لکھیں جو آپ روز دیکھتے ہیں۔
flow-italian-test-a2-phone = فون

flow-italian-test-a2-what_next = 60 دن کے اندر Prefettura آپ کو ای میل سے بلاوا بھیجے گی: دن، وقت اور وہ CPIA جہاں امتحان ہوگا۔ پاسپورٹ اور رہائشی پرمٹ ساتھ لائیں۔ نتیجہ Questura (پولیس کا دفتر) کو بھی جاتا ہے۔
# What to have ready before opening the portal (the "continue on the portal" sheet).
flow-italian-test-a2-portal_ready = آپ کا SPID، یا PIN کے ساتھ آپ کا CIE؛ رہائشی پرمٹ؛ پاسپورٹ؛ ایک ای میل ایڈریس جو آپ دیکھتے ہیں: بلاوا وہیں آئے گا۔
