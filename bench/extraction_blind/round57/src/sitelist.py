"""The site modules of round 57, in build order."""
import s01_west_concord
import s02_good_thunder
import s03_parkers_prairie
import s04_bigfork
import s05_hayward
import s06_vernon_center
import s07_minneota
import s08_new_germany
import s09_kilkenny
import s10_bingham_lake
import s11_beaver_bay
import s12_granada

MODULES = [s01_west_concord, s02_good_thunder, s03_parkers_prairie, s04_bigfork, s05_hayward,
           s06_vernon_center, s07_minneota, s08_new_germany, s09_kilkenny, s10_bingham_lake,
           s11_beaver_bay, s12_granada]
