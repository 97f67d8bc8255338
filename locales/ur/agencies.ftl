## What the offices answer: refusals, states of applications, item cards.
## The codes come from the agency contracts (docs/contracts).

agency-not-available = دفتر کی سروس اس وقت جواب نہیں دے رہی۔ آپ کا کچھ ضائع نہیں ہوا: بعد میں دوبارہ کوشش کریں یا آپریٹر سے پوچھیں۔
agency-where-else = آپ خود بھی دفتر کی ویب سائٹ پر دیکھ سکتے ہیں، یا کاؤنٹر پر پوچھ سکتے ہیں۔ آپریٹر آپ کو پتوں والا کاغذ پرنٹ کر کے دے سکتا ہے۔
agency-problem-other = دفتر درخواست کو اس شکل میں قبول نہیں کر سکا۔ آپریٹر سے پوچھیں۔
agency-problem-no-such-reference = دفتر کو اس نمبر اور اس تاریخِ پیدائش کے ساتھ کوئی فائل نہیں ملی۔ رسید پر نمبر چیک کریں۔
agency-problem-card-not-valid = لائبریری اس کارڈ کو نہیں پہچانتی: نمبر اور خاندانی نام چیک کریں، یا لائبریری میں پوچھیں۔
agency-problem-slot-taken = یہ وقت ابھی ابھی کسی اور نے لے لیا ہے۔ کوئی اور دن یا کوئی اور وقت چنیں۔
agency-problem-prescription-not-found = CUP (بکنگ دفتر) کو یہ نسخہ نہیں ملا۔ نسخے پر نمبر (NRE) چیک کریں، یا آپریٹر سے پوچھیں۔
agency-problem-prescription-used = یہ نسخہ پہلے ہی ایک بکنگ کے لیے استعمال ہو چکا ہے۔
agency-problem-already-applied = دفتر کے پاس پہلے سے بالکل ایسی ہی درخواست موجود ہے۔

## The three answers of the Polizia di Stato's public page
## (questure.poliziadistato.it/stranieri), and what the kiosk says when it
## cannot read the page.
status-permit-status-ready = رہائشی اجازت نامہ (permesso di soggiorno) تیار ہے۔ Questura (پولیس کا دفتر) آپ کو SMS بھیجے گی جس میں اسے لینے کا دن اور جگہ ہو گی۔
status-permit-status-in-progress = رہائشی اجازت نامے پر کام ہو رہا ہے: یہ ابھی تیار نہیں ہے۔ کچھ دن بعد دوبارہ چیک کریں۔
status-permit-status-not-in-archive = یہ نمبر Polizia di Stato کے ریکارڈ میں نہیں ہے۔ رسید پر نمبر چیک کریں۔ اگر نمبر صحیح ہے، تو شاید درخواست ابھی نہیں پہنچی: کچھ دن بعد دوبارہ کوشش کریں یا آپریٹر سے پوچھیں۔
permit-page-unreadable = ہم Polizia di Stato کے صفحے کا جواب نہیں پڑھ سکے۔ آپریٹر کے ساتھ صفحہ کھولیں، یا اس QR کوڈ سے اپنے فون پر کھولیں، اور اپنا نمبر لکھیں۔



item-provider = منتظم ادارہ
item-place = جگہ
item-hours = گھنٹے
item-certificate = سرٹیفکیٹ
item-requirements = شرائط
item-cost = قیمت
item-starts-on = شروع
item-deadline = آخری تاریخ
item-contact = رابطہ
item-posts = جگہیں
item-contract = معاہدہ
item-language = زبان
item-how-to-read = اسے کیسے پڑھیں
