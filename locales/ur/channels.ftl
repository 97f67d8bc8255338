## What the kiosk says happened, by the door the service really reaches
## (its channel in assets/catalogue.toml) and what came of it. The page,
## the receipt and the voice use these words and no others: never claim an
## office received something unless its door answered.
##
## Each message pair: `channel-<channel>-<claim>-title` (a heading) and
## `-status` (one or two sentences).

## comune: the Comune di Arezzo's own services, through its gateway.

channel-comune-sent-title = Comune کو بھیج دی گئی
# Variables: $agency_reference (string)
channel-comune-sent-status = Comune di Arezzo (بلدیہ Arezzo) کے سسٹم کو درخواست مل گئی ہے۔ Comune کا نمبر: { $agency_reference }۔
channel-comune-queued-title = کیوسک میں محفوظ
channel-comune-queued-status = درخواست کیوسک میں محفوظ ہے اور Comune کا سسٹم جواب دیتے ہی وہاں بھیج دی جائے گی۔ Comune کو ابھی یہ نہیں ملی۔ آپ کو کچھ کرنے کی ضرورت نہیں: اگر کوئی مسئلہ ہوا تو کاؤنٹر آپ سے رابطہ کرے گا۔

## pagopa: a booking at the agency's gateway, with its ticket paid through pagoPA.

channel-pagopa-sent-title = بکنگ ہو گئی
# Variables: $agency_reference (string)
channel-pagopa-sent-status = Azienda USL کے CUP (بکنگ سینٹر) نے بکنگ درج کر لی ہے۔ CUP کا نمبر: { $agency_reference }۔ اگر کوئی ticket (فیس) ہے تو وہ pagoPA نوٹس سے ادا ہوتی ہے: بینک میں، ڈاک خانے میں، تمباکو کی دکان (tabaccheria) میں یا ایپ سے۔
channel-pagopa-queued-title = کیوسک میں محفوظ
channel-pagopa-queued-status = درخواست کیوسک میں محفوظ ہے اور CUP کے جواب دیتے ہی وہاں بھیج دی جائے گی۔ یہ ابھی بکنگ نہیں ہے: اگر وہ وقت خالی نہ رہا تو کاؤنٹر آپ سے رابطہ کرے گا۔

## The ticket's pagoPA notice, checked with the platform before it is printed.

pagopa-title = قابلِ ادائیگی ticket (pagoPA)
pagopa-checking = pagoPA سے ادائیگی کے نوٹس کی جانچ ہو رہی ہے…
pagopa-amount = رقم
pagopa-due = اس تاریخ تک ادا کریں
pagopa-state-payable = نوٹس درست ہے: آپ اسے ابھی فون سے ادا کر سکتے ہیں، یا پرنٹ شدہ نوٹس کے ساتھ بینک میں، ڈاک خانے میں، تمباکو کی دکان (tabaccheria) میں یا app IO سے۔
pagopa-state-overdue = آخری تاریخ گزر چکی ہے، لیکن نوٹس ابھی بھی ادا کیا جا سکتا ہے۔
pagopa-state-paid = یہ نوٹس پہلے ہی ادا شدہ دکھائی دیتا ہے: اسے دوبارہ ادا نہ کریں۔
pagopa-state-expired = اس نوٹس کی مدت ختم ہو چکی ہے اور اب اسے ادا نہیں کیا جا سکتا: ہم اسے پرنٹ نہیں کر رہے۔ ticket ادا کرنے کا طریقہ CUP کے کاؤنٹر سے پوچھیں۔
pagopa-state-invalid = Azienda USL نے یہ نوٹس منسوخ کر دیا ہے: ہم اسے پرنٹ نہیں کر رہے۔ CUP کے کاؤنٹر سے پوچھیں۔
pagopa-unknown = pagoPA اس نوٹس کو نہیں پہچانتا: ہم اسے پرنٹ نہیں کر رہے۔ ticket ادا کرنے کا طریقہ CUP کے کاؤنٹر سے پوچھیں۔
pagopa-unreachable = ابھی ہم pagoPA سے نوٹس کی جانچ نہیں کر پا رہے، اس لیے اسے پرنٹ نہیں کر رہے۔ بکنگ بدستور درست ہے: ticket ادا کرنے کا طریقہ کاؤنٹر سے پوچھیں۔
pagopa-not-verified = ہم pagoPA سے نوٹس کی جانچ نہیں کر سکے، اس لیے اسے پرنٹ نہیں کر رہے۔ بکنگ بدستور درست ہے: ticket ادا کرنے کا طریقہ کاؤنٹر سے پوچھیں۔
pagopa-pay-now = ابھی فون سے ادائیگی کرنے کے لیے یہ کوڈ اسکین کریں: pagoPA کا ادائیگی کا صفحہ کھل جائے گا۔

## portal: only a portal with the person's own SPID or CIE can finish it.

channel-portal-prepared-title = پورٹل کے لیے تیار
channel-portal-prepared-status = ہم نے کچھ نہیں بھیجا۔ یہ درخواست صرف پورٹل پر دی جا سکتی ہے، آپ کے SPID یا آپ کے CIE سے۔ کاغذ پر پتا، داخل ہونے کا طریقہ اور آپ کے جوابات ہیں: آپ یہ گھر پر کر سکتے ہیں، یا یہاں آپریٹر کے ساتھ۔
channel-portal-sent-title = کاؤنٹر کے پاس آپ کے جوابات ہیں
# Variables: $agency_reference (string)
channel-portal-sent-status = مدد کے کاؤنٹر کو آپ کے جوابات مل گئے ہیں (نمبر { $agency_reference })۔ ایک آپریٹر آپ کے ساتھ پورٹل پر، آپ کے SPID یا آپ کے CIE سے، درخواست دے گا۔ متعلقہ دفتر کو ابھی کچھ نہیں ملا۔
channel-portal-queued-title = کاؤنٹر کے لیے محفوظ
channel-portal-queued-status = آپ کے جوابات کیوسک میں محفوظ ہیں اور Comune کا سسٹم جواب دیتے ہی مدد کے کاؤنٹر کو بھیج دیے جائیں گے۔ متعلقہ دفتر کو ابھی کچھ نہیں ملا: درخواست پورٹل پر دی جاتی ہے۔

## public-page: a public web page read for the person.

channel-public-page-answered-title = Polizia di Stato کے صفحے کا جواب
channel-public-page-answered-status = Polizia di Stato (ریاستی پولیس) کا عوامی صفحہ اس وقت آپ کے نمبر کے بارے میں یہ بتاتا ہے۔ کیوسک نے کوئی درخواست نہیں بھیجی۔

## catalogue: a list the Comune or the Region publishes.

channel-catalogue-answered-title = شائع شدہ فہرست سے
channel-catalogue-answered-status = یہ معلومات اس فہرست سے ہیں جو دفتر شائع کرتا ہے۔ کیوسک نے کوئی درخواست نہیں بھیجی: داخلہ لینے یا درخواست دینے کے لیے تفصیل میں دی گئی ہدایات پر عمل کریں۔

## The portals (assets/portals.toml) and the ways to log in.

portal-name-ali = Portale Servizi ALI (وزارتِ داخلہ)
portal-name-testitaliano = Test di italiano (اطالوی زبان کا امتحان، وزارتِ داخلہ)
portal-name-unica = Unica (وزارتِ تعلیم و میرٹ)
portal-login-title = پورٹل میں داخل ہونے کا طریقہ
portal-login-spid = SPID سے: اپنا فراہم کنندہ چنیں اور فون پر اس کی ایپ سے تصدیق کریں۔
portal-login-cie-app = CIE اور CieID ایپ سے: ایپ کارڈ پڑھتی ہے اور اسکرین پر QR کوڈ اسکین کرتی ہے۔
portal-login-cie-reader = کاؤنٹر کے کارڈ ریڈر پر CIE سے: کارڈ کا PIN چاہیے۔
portal-login-cns = Carta Nazionale dei Servizi (فعال کیا ہوا ہیلتھ کارڈ) اور کارڈ ریڈر سے۔
portal-login-eidas = یورپی یونین کے کسی دوسرے ملک کی ڈیجیٹل شناخت سے (eIDAS)۔

## The hand-off to the help desk, offered after the sheet is printed.

# The kiosk keeps the answers as long as any finished request (kiosk-config
# storage.retention_days), then deletes them.
# Variables: $days (number)
portal-hand-off-note = کیا آپ یہ یہاں آپریٹر کے ساتھ کرنا چاہتے ہیں؟ آپ کے جوابات Comune کے مدد کے کاؤنٹر کو جائیں گے۔ کیوسک انہیں { $days ->
        [one] ایک دن بعد
       *[other] { $days } دن بعد
    } مٹا دیتا ہے۔
portal-hand-off = کاؤنٹر سے کہیں کہ یہ میرے ساتھ کریں
check-send-portal = پورٹل کے لیے کاغذ تیار کریں
print-portal = پورٹل کے لیے کاغذ پرنٹ کریں

## The "continue on the portal" sheet.

doc-portal-title = پورٹل پر جاری رکھیں
doc-portal-nothing-sent = یہ کاغذ درخواست نہیں ہے: کیوسک نے دفتر کو کچھ نہیں بھیجا۔ درخواست پورٹل پر آپ کی ڈیجیٹل شناخت سے دی جاتی ہے۔
doc-portal-ready = کیا تیار رکھیں
doc-portal-answers = آپ کے جوابات، ان ناموں کے ساتھ جو پورٹل پر ہیں
