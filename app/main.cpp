#include "app/application.h"

int main(int argc, char** argv)
{
    return Erp::Client::runApplication(argc, argv);
}
