## نوکری کی پیشکشیں: assets/flows/job-offers.toml.

flow-job-offers-area = آپ کہاں کام کرنا چاہتے ہیں؟
flow-job-offers-area-arezzo = Arezzo اور آس پاس
flow-job-offers-area-valdarno = Valdarno
flow-job-offers-area-casentino = Casentino
flow-job-offers-area-valtiberina = Valtiberina
flow-job-offers-area-valdichiana = Valdichiana
flow-job-offers-area-any = پورے صوبے میں

flow-job-offers-sector = کس شعبے میں؟
flow-job-offers-sector-care = لوگوں کی دیکھ بھال
flow-job-offers-sector-catering = باورچی خانہ، بار اور ریسٹورنٹ
flow-job-offers-sector-building = تعمیرات
flow-job-offers-sector-industry = صنعت، مکینک کا کام، سنار کا کام
flow-job-offers-sector-logistics = گودام اور ٹرانسپورٹ
flow-job-offers-sector-agriculture = کھیتی باڑی
flow-job-offers-sector-cleaning = صفائی
flow-job-offers-sector-retail = دکانیں اور فروخت
flow-job-offers-sector-any = سب شعبے

flow-job-offers-page-hours = اوقات اور ڈرائیونگ لائسنس
flow-job-offers-hours = آپ کتنے گھنٹے کام کرنا چاہتے ہیں؟
flow-job-offers-hours-full-time = پورا وقت (فل ٹائم)
flow-job-offers-hours-part-time = آدھا وقت (پارٹ ٹائم)
flow-job-offers-hours-any = کوئی فرق نہیں
flow-job-offers-driving_licence = کیا آپ کے پاس اٹلی میں درست ڈرائیونگ لائسنس ہے؟
flow-job-offers-driving_licence-hint = اگر آپ نہیں کہیں، تو ہم وہ پیشکشیں نہیں دکھائیں گے جن میں لائسنس چاہیے۔

flow-job-offers-offer = ایک پیشکش چنیں
flow-job-offers-offer-hint = ہم پیشکش کو اس کے کوڈ اور رابطے والے Centro per l'Impiego (روزگار دفتر) کے ساتھ پرنٹ کریں گے۔
flow-job-offers-offer-none = ان انتخابات کے ساتھ کوئی پیشکش نہیں ہے۔ پیچھے جائیں اور کوئی اور علاقہ یا شعبہ آزمائیں۔

flow-job-offers-how_to_apply = درخواست دینے کے لیے کاغذ پر لکھے Centro per l'Impiego جائیں، یا دیے گئے پتے پر لکھیں، پیشکش کے کوڈ، سی وی اور رہائشی پرمٹ کے ساتھ۔ یہ بند ہونے کی تاریخ سے پہلے کریں۔
