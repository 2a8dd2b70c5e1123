#include "AttributeMatrix.h"
