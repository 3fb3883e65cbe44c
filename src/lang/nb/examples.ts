/** Original news-style sentences used as smoke input (written for Parley). */
export const EXAMPLES: readonly string[] = [
  'Utenriksminister Espen Barth Eide sa tirsdag at Norge vil bidra med 2 mrd. kroner til Ukrainas energiforsyning.',
  '– Vi er klare til å møtes igjen neste uke, sa Ukrainas forhandlingsleder Rustem Umerov til NTB.',
  'Ifølge det ukrainske flyvåpenet ble rundt 120 droner skutt ned natt til onsdag.',
  'Kremls talsperson Dmitrij Peskov avviste kravet om en våpenhvile før samtalene i Genève.',
  'Samtalene i Abu Dhabi varte i to dager, bl.a. om utveksling av krigsfanger.',
];
