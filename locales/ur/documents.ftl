## The printed documents: receipt, payment notice, forms, sheets, slips.

doc-when = تاریخ اور وقت
doc-kiosk = کیوسک
# Variables: $phone (string)
doc-help = مدد کے لیے کاؤنٹر پر پوچھیں یا { $phone } پر فون کریں۔
doc-receipt-title = رسید
doc-service = خدمت
doc-reference = آپ کی درخواست کا نمبر۔ اسے سنبھال کر رکھیں: یہ پوچھنے کے لیے کام آئے گا کہ آپ کی درخواست کہاں تک پہنچی ہے۔
doc-appointment = ملاقات کا وقت
doc-booking-code = بکنگ کوڈ (منسوخ کرنے کے لیے ضروری ہے)
doc-next = اب کیا ہوگا
doc-keep = یہ کاغذ سنبھال کر رکھیں۔

doc-payment-title = pagoPA ادائیگی کا نوٹس
doc-payment-creditor = رقم لینے والا ادارہ
doc-payment-creditor-code = ادارے کا ٹیکس کوڈ
doc-payment-subject = آپ کس چیز کی ادائیگی کر رہے ہیں
doc-payment-amount = رقم
doc-payment-due = اس تاریخ تک ادا کریں
doc-payment-notice-number = نوٹس کوڈ
doc-payment-how = آپ app IO سے، بینک میں، ڈاک خانے میں، تمباکو کی دکان (tabaccheria) میں یا فارمیسی میں ادائیگی کر سکتے ہیں: QR کوڈ یا نوٹس کوڈ دکھائیں۔
doc-payment-pay-now = ابھی فون سے ادائیگی کرنے کے لیے یہ کوڈ اسکین کریں: pagoPA کا ادائیگی کا صفحہ کھل جائے گا۔

doc-certificate-title = سرٹیفکیٹ
doc-certificate-number = سرٹیفکیٹ نمبر
doc-certificate-issued = جاری ہونے کی تاریخ
doc-certificate-stamp = 16 یورو کا ریونیو اسٹامپ (marca da bollo): صرف اسٹامپ والے سرٹیفکیٹ کے لیے، سرٹیفکیٹ استعمال کرنے سے پہلے اسے یہاں چپکائیں

doc-where-title = کہاں چیک کریں
doc-where-permit-status = آپ ڈاک خانے کی رسید کے نمبر سے Polizia di Stato کی ویب سائٹ (questure.poliziadistato.it، غیر ملکیوں کا حصہ) پر اپنا رہائشی پرمٹ چیک کر سکتے ہیں، یا Questura di Arezzo، Ufficio Immigrazione سے پوچھ سکتے ہیں۔
doc-where-citizenship-status = آپ SPID یا CIE کے ذریعے Ministero dell'Interno (وزارتِ داخلہ) کے ALI پورٹل (portaleservizi.dlci.interno.it) پر اپنی درخواست چیک کر سکتے ہیں، یا Prefettura di Arezzo سے پوچھ سکتے ہیں۔
doc-where-italian-test-a2 = آپ SPID یا CIE کے ذریعے Ministero dell'Interno (وزارتِ داخلہ) کے ALI پورٹل (portaleservizi.dlci.interno.it) پر نتیجہ دیکھ سکتے ہیں، یا Prefettura di Arezzo سے پوچھ سکتے ہیں۔
doc-where-online-magazines = آپ لائبریری کارڈ کے ساتھ گھر سے لائبریری کی ویب سائٹ (toscana.medialibrary.it) پر جا سکتے ہیں، یا Biblioteca Città di Arezzo، via dei Pileati 8 سے پوچھ سکتے ہیں۔
doc-where-training-courses = آپ Centro per l'Impiego di Arezzo (روزگار کا دفتر)، via Monte Cervino 24 سے پوچھ سکتے ہیں، یا Regione Toscana کی ویب سائٹ پر تلاش کر سکتے ہیں۔
doc-where-job-offers = آپ Toscana Lavoro کی ویب سائٹ (lavoro.regione.toscana.it) پر تلاش کر سکتے ہیں، یا Centro per l'Impiego di Arezzo (روزگار کا دفتر)، via Monte Cervino 24 سے پوچھ سکتے ہیں۔

doc-form-title = کیوسک پر بھرا گیا فارم
doc-form-declaration = میں تصدیق کرتا/کرتی ہوں کہ اوپر لکھی گئی معلومات سچ ہیں۔ یہ فارم دستخط کر کے، شناختی دستاویز کے ساتھ، دفتر لے جائیں۔
doc-form-date = تاریخ
doc-form-signature = دستخط
# The declaration above the signatures of a residence declaration (DPR
# 445/2000 artt. 75-76; Min. Interno circ. 9/2012).
doc-form-declaration-dpr-445 = ہم جانتے ہیں کہ جھوٹے بیان پر فوجداری ذمہ داری ہوتی ہے (DPR 445/2000 کی دفعات 75 اور 76)، اور ہم تصدیق کرتے ہیں کہ اوپر لکھی گئی معلومات سچ ہیں۔ بیان صرف اس وقت درست ہوتا ہے جب منتقل ہونے والے تمام بالغ افراد اس پر دستخط کر دیں اور اسے ہر ایک کی شناختی دستاویز کی ایک کاپی کے ساتھ شہری رجسٹر (anagrafe) کے دفتر میں جمع کرایا جائے: کاؤنٹر پر، رجسٹرڈ ڈاک (raccomandata) سے یا PEC (تصدیق شدہ ای میل) کے ذریعے۔
doc-yes = ہاں
doc-no = نہیں
doc-not-provided = نہیں بتایا گیا

# The receipt of a request stored in the kiosk did not print.
doc-print-failed = پرنٹر نے پرنٹ نہیں کیا۔ آپ کی درخواست محفوظ ہے: آپریٹر آپ کے لیے کاغذ دوبارہ پرنٹ کر سکتا ہے۔
# Any other paper did not print (nothing of it is kept after the session).
doc-print-failed-not-kept = پرنٹر نے پرنٹ نہیں کیا۔ جب پرنٹر تیار ہو جائے تو “دوبارہ پرنٹ کریں” کو چھوئیں، یا آپریٹر سے مدد مانگیں۔
printer-paper-out = پرنٹر میں کاغذ ختم ہو گیا ہے۔
printer-jam = پرنٹر میں کاغذ پھنس گیا ہے۔
printer-door-open = پرنٹر کا ڈھکن کھلا ہے۔
printer-offline = پرنٹر بند ہے یا جڑا ہوا نہیں ہے۔
printer-not-answering = پرنٹر جواب نہیں دے رہا۔
printer-stopped = پرنٹ کی قطار رکی ہوئی ہے۔
printer-other = پرنٹر کوئی مسئلہ بتا رہا ہے۔
# Variables: $number (number)
doc-item-number = شخص { $number }

## What a look-up answered (the permit's state), printed.

doc-result-title = جانچ کا نتیجہ
doc-result-checked = جانچ کی تاریخ اور وقت
doc-result-source = یہ اس وقت Polizia di Stato کے عوامی ویب صفحے کا جواب ہے۔ دوبارہ چیک کرنے کے لیے یہ ویب ایڈریس کھولیں:
