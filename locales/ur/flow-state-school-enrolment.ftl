## سرکاری اسکولوں میں داخلہ: assets/flows/state-school-enrolment.toml.

flow-state-school-enrolment-window_closed = آن لائن داخلے بند ہیں: یہ ہر سال جنوری اور فروری کے درمیان ہوتے ہیں۔ پھر بھی آپ یہاں درخواست تیار کر سکتے ہیں: ہم اسے پرنٹ کریں گے اور آپ اسے اسکول کے دفتر (segreteria) لے جائیں، جو مقررہ وقت کے بعد بھی داخلے لیتا ہے۔

flow-state-school-enrolment-school_level = آپ اپنے بیٹے یا بیٹی کو کس اسکول میں داخل کرانا چاہتے ہیں؟
flow-state-school-enrolment-school_level-hint = صرف پہلی جماعت۔ نرسری اسکول (scuola dell'infanzia) کے لیے اسکول کا کاغذی فارم استعمال ہوتا ہے۔
flow-state-school-enrolment-school_level-primary = پرائمری اسکول (scuola primaria)، پہلی جماعت
flow-state-school-enrolment-school_level-lower-secondary = مڈل اسکول (scuola secondaria di primo grado)، پہلی جماعت
flow-state-school-enrolment-school_level-upper-secondary = ہائی اسکول (scuola secondaria di secondo grado)، پہلی جماعت
flow-state-school-enrolment-school_level-vocational = ریجن کا پیشہ ورانہ تربیتی کورس (CFP)

flow-state-school-enrolment-page-pupil = جس بچے یا بچی کا داخلہ کرانا ہے
flow-state-school-enrolment-pupil_surname = خاندانی نام
flow-state-school-enrolment-pupil_given_name = نام
flow-state-school-enrolment-pupil_sex = جنس
flow-state-school-enrolment-pupil_sex-female = لڑکی
flow-state-school-enrolment-pupil_sex-male = لڑکا
flow-state-school-enrolment-pupil_birth_date = تاریخِ پیدائش
flow-state-school-enrolment-too-old-for-primary = پرائمری کی پہلی جماعت کے لیے بچے کی عمر 5 یا 6 سال ہونی چاہیے۔ بڑے بچے کے لیے اسکول سے بات کریں۔

flow-state-school-enrolment-page-pupil-origin = بچے کی پیدائش اور کاغذات
flow-state-school-enrolment-pupil_birth_country = پیدائش کا ملک
flow-state-school-enrolment-pupil_citizenship = شہریت
flow-state-school-enrolment-pupil_has_cf = کیا بچے کا ٹیکس کوڈ (codice fiscale) ہے؟
flow-state-school-enrolment-pupil_has_cf-hint = ٹیکس کوڈ اور کاغذات کے بغیر بھی بچے کو اسکول جانے کا حق ہے: اسکول آپ کی مدد کرے گا۔
flow-state-school-enrolment-pupil_codice_fiscale = بچے کا ٹیکس کوڈ (codice fiscale)

flow-state-school-enrolment-page-parent = درخواست دینے والے والدین
flow-state-school-enrolment-parent_relationship = آپ بچے کے کیا لگتے ہیں؟
flow-state-school-enrolment-parent_relationship-mother = ماں
flow-state-school-enrolment-parent_relationship-father = باپ
flow-state-school-enrolment-parent_relationship-guardian = سرپرست
flow-state-school-enrolment-parent_surname = خاندانی نام
flow-state-school-enrolment-parent_given_name = نام
flow-state-school-enrolment-parent_codice_fiscale = آپ کا ٹیکس کوڈ (codice fiscale)
flow-state-school-enrolment-parent_codice_fiscale-hint = اگر آپ کا ٹیکس کوڈ نہیں ہے تو خالی چھوڑ دیں: اسکول درخواست مکمل کرنے میں آپ کی مدد کرے گا۔

flow-state-school-enrolment-page-address = بچہ کہاں رہتا ہے
flow-state-school-enrolment-comune = بلدیہ (Comune)
flow-state-school-enrolment-street = گلی اور مکان نمبر
flow-state-school-enrolment-cap = پوسٹ کوڈ (CAP)

flow-state-school-enrolment-page-contacts = اسکول آپ کو کیسے لکھے
flow-state-school-enrolment-email = ای میل
flow-state-school-enrolment-email-hint = درخواست کی خبریں ای میل پر اور app IO پر آتی ہیں۔
flow-state-school-enrolment-phone = فون

flow-state-school-enrolment-page-schools = آپ کے چنے ہوئے اسکول
flow-state-school-enrolment-first_choice = آپ کے پسندیدہ اسکول کا کوڈ
flow-state-school-enrolment-first_choice-hint = کوڈ میں 10 حروف و ہندسے ہوتے ہیں اور Arezzo کے لیے AR سے شروع ہوتا ہے، مثلاً ARIC82100X۔ یہ آپ کو "Scuola in Chiaro" پر ملے گا، یا عملے کے رکن سے پوچھیں۔
flow-state-school-enrolment-second_choice = دوسری پسند (اگر چاہیں)
flow-state-school-enrolment-third_choice = تیسری پسند (اگر چاہیں)
flow-state-school-enrolment-same-school-twice = یہ اسکول آپ پہلے ہی چن چکے ہیں: کوئی اور اسکول لکھیں یا خالی چھوڑ دیں۔

flow-state-school-enrolment-religion_teaching = کیا آپ چاہتے ہیں کہ آپ کا بچہ کیتھولک مذہب کی کلاس پڑھے؟
flow-state-school-enrolment-religion_teaching-hint = اگر آپ نہیں کہیں، تو مئی کے آخر اور جولائی کے شروع کے درمیان اسکول کے ساتھ کوئی اور سرگرمی چنیں گے۔
flow-state-school-enrolment-religion_teaching-yes = ہاں
flow-state-school-enrolment-religion_teaching-no = نہیں، کوئی متبادل سرگرمی

flow-state-school-enrolment-what_next = اسکول درخواست دیکھے گا اور آپ کو ای میل سے بتائے گا کہ بچے کو آپ کے چنے ہوئے اسکول میں داخلہ ملا یا کسی اور اسکول میں۔ رسید سنبھال کر رکھیں: اس پر درخواست نمبر ہے۔
# What to have ready before opening the portal (the "continue on the portal" sheet).
flow-state-school-enrolment-portal_ready = آپ کا SPID، یا PIN کے ساتھ آپ کا CIE؛ آپ کا اور بچے کا ٹیکس کوڈ (codice fiscale)؛ چنے ہوئے اسکول کا کوڈ (codice meccanografico، اسکول کی ویب سائٹ پر یا Scuola in Chiaro پر ملے گا)۔
