## صحت کی بکنگ اور ticket: assets/flows/health-booking.toml.

flow-health-booking-prescription_kind = آپ کے پاس کون سا نسخہ ہے؟
flow-health-booking-prescription_kind-hint = الیکٹرانک نسخہ ایک سفید کاغذ ہے جس کے اوپر دو بار کوڈ ہوتے ہیں۔
flow-health-booking-prescription_kind-electronic = الیکٹرانک نسخہ (سفید کاغذ)
flow-health-booking-prescription_kind-paper = سرخ کاغذی نسخہ

flow-health-booking-paper_prescription = سرخ نسخہ یہاں نہیں پڑھا جا سکتا۔ ہسپتال کی CUP (بکنگ دفتر) کی کھڑکی پر، فارمیسی میں یا فون پر بکنگ کریں (مفت نمبر نسخے پر لکھا ہے)۔

flow-health-booking-page-codes = نسخے کے کوڈ
flow-health-booking-nre = نسخے کا نمبر (NRE)
flow-health-booking-nre-hint = 15 حروف و ہندسے، نسخے کے اوپر دونوں بار کوڈ کے اوپر۔
flow-health-booking-patient_code = مریض کا ٹیکس کوڈ (codice fiscale)، یا STP کوڈ
flow-health-booking-patient_code-hint = ٹیکس کوڈ ہیلتھ کارڈ (tessera sanitaria) پر لکھا ہے۔ جس کے پاس رہائشی پرمٹ نہیں، وہ STP کوڈ استعمال کرتا ہے (یہ STP سے شروع ہوتا ہے اور اس میں 16 حروف و ہندسے ہیں)۔

flow-health-booking-priority = نسخے پر کون سی ترجیح لکھی ہے؟
flow-health-booking-priority-hint = یہ نسخے پر "priorità" والے خانے میں ایک حرف ہے۔
flow-health-booking-priority-u = U: فوری (72 گھنٹے کے اندر)
flow-health-booking-priority-b = B: جلد (10 دن کے اندر)
flow-health-booking-priority-d = D: مؤخر ہو سکتا ہے (30 یا 60 دن کے اندر)
flow-health-booking-priority-p = P: طے شدہ

flow-health-booking-area = آپ کہاں جانا پسند کریں گے؟
flow-health-booking-area-arezzo = Arezzo
flow-health-booking-area-valdarno = Valdarno (Montevarchi)
flow-health-booking-area-casentino = Casentino (Bibbiena)
flow-health-booking-area-valtiberina = Valtiberina (Sansepolcro)
flow-health-booking-area-valdichiana = Valdichiana (Cortona, Castiglion Fiorentino)
flow-health-booking-area-any = پہلی خالی جگہ، کہیں بھی

flow-health-booking-slot = دن اور وقت چنیں
flow-health-booking-slot-hint = یہ آپ کے نسخے کے لیے خالی وقت ہیں۔
flow-health-booking-slot-none = اس علاقے میں کوئی خالی وقت نہیں ہے۔ پیچھے جائیں اور کوئی اور علاقہ چنیں، یا عملے کے رکن سے پوچھیں۔

flow-health-booking-phone = آپ کا فون
flow-health-booking-phone-hint = اگر ملاقات کا وقت بدلے تو CUP آپ کو فون کرے گا یا لکھے گا۔

flow-health-booking-payment = ہم بکنگ کا کاغذ اور ticket (مریض کا حصہ) کی ادائیگی کا نوٹس (pagoPA) پرنٹ کریں گے۔ معائنے سے پہلے ادائیگی کریں: فارمیسی میں، تمباکو کی دکان (tabaccaio) پر، ڈاک خانے میں، app IO سے یا ہسپتال کے کیش کاؤنٹر پر۔ اگر نسخے پر چھوٹ (esenzione) لکھی ہے تو ticket نہیں دینا۔ منسوخ کرنے کے لیے بکنگ کوڈ کے ساتھ CUP کو فون کریں۔
