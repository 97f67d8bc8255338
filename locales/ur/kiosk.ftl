## Attract screen: cycles through every enabled language.

attract-title = SerTo
attract-subtitle = آن لائن سرکاری خدمات، آپ کی زبان میں
attract-touch = شروع کرنے کے لیے اسکرین کو چھوئیں

## Language choice.

language-title = اپنی زبان چنیں
language-hint = آپ اسے کسی بھی وقت بدل سکتے ہیں۔

## Home: categories and services.

home-title = آپ کو کون سی خدمت چاہیے؟
home-hint = شروع کرنے کے لیے کسی خدمت کو چھوئیں۔
home-change-language = زبان بدلیں
home-finish = میرا کام ہو گیا
home-category-count =
    { $count ->
        [one] { $count } خدمت
       *[other] { $count } خدمات
    }

## Service introduction.

service-back = خدمات پر واپس جائیں
service-category = زمرہ: { $category }

## Out-of-service page: shown in Italian and English for the operator.

out-of-service-title = کیوسک بند ہے
out-of-service-body = کیوسک شروع نہیں ہو سکتا۔ براہِ کرم کاؤنٹر پر رابطہ کریں۔
out-of-service-operator = آپریٹر کے لیے: کنفیگریشن درست کریں اور کیوسک دوبارہ شروع کریں۔
