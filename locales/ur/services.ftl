## Categories of the home screen.

category-citizen-life = روزمرہ زندگی
category-education = تعلیم
category-culture = ثقافت
category-work-training = کام اور تربیت
category-health = صحت

## Services: name, then one line under it.

service-certificates = شہری رجسٹر کے سرٹیفکیٹ
service-certificates-summary = رہائش، خاندانی کوائف یا کوئی اور سرٹیفکیٹ مانگیں اور یہیں پرنٹ کریں۔
service-residence-change = رہائش کی تبدیلی
service-residence-change-summary = اپنا نیا پتہ اور اپنے ساتھ رہنے والے افراد کا اندراج کریں۔
service-permit-status = رہائشی اجازت نامے کی جانچ
service-permit-status-summary = معلوم کریں کہ آپ کا رہائشی اجازت نامہ (permesso di soggiorno) تیار ہے یا نہیں۔
service-family-reunification = خاندانی ملاپ
service-family-reunification-summary = اپنی آمدنی اور رہائش جانچیں، پھر ALI پورٹل کے لیے درخواست تیار کریں۔
service-citizenship-status = شہریت کی درخواست کی صورتحال
service-citizenship-status-summary = ALI پورٹل پر کیسے دیکھیں کہ آپ کی درخواست کس مرحلے پر ہے۔
service-italian-test-a2 = اطالوی زبان کا A2 ٹیسٹ
service-italian-test-a2-summary = ٹیسٹ کے اندراج کی تیاری کریں، جو وزارت کے پورٹل پر ہوتا ہے۔
service-state-school-enrolment = سرکاری اسکول میں داخلہ
service-state-school-enrolment-summary = پہلی جماعت میں داخلے کی تیاری کریں، جو Unica پورٹل پر ہوتا ہے۔
service-municipal-school-services = نرسری، اسکول کا کھانا اور اسکول بس
service-municipal-school-services-summary = Comune (بلدیہ) سے نرسری، اسکول کے کھانے یا اسکول بس کی درخواست کریں۔
service-online-magazines = آن لائن اخبارات اور رسائل
service-online-magazines-summary = لائبریری کارڈ کے ساتھ کئی زبانوں میں اخبارات اور رسائل پڑھیں۔
service-training-courses = تربیتی کورس
service-training-courses-summary = Arezzo کے علاقے میں کوئی کورس تلاش کریں اور اس کی تفصیل پرنٹ کریں۔
service-job-offers = نوکریاں
service-job-offers-summary = روزگار مراکز (Centri per l'impiego) کی نوکریاں تلاش کریں اور ان کی تفصیل پرنٹ کریں۔
service-health-booking = ڈاکٹر اور ٹیسٹ کی بکنگ
service-health-booking-summary = الیکٹرانک نسخے سے بکنگ کریں اور فیس (ticket) pagoPA سے ادا کریں۔
